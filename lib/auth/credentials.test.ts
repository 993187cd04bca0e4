// Timing must not reveal who has an account: every path through a sign-in runs the same argon2
// verification, against a dummy hash of the same parameters when there is no usable account.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { checkCredentials, passwordMatches } from "./credentials";
import { findUserForSignIn } from "./data";
import { hashPassword, verifyPassword } from "./password";

vi.mock("./password", async (importOriginal) => {
  const real = await importOriginal<typeof import("./password")>();
  return { ...real, verifyPassword: vi.fn(real.verifyPassword) };
});
vi.mock("./data", () => ({ findUserForSignIn: vi.fn() }));
vi.mock("./mutations", () => ({ reserveSignInAttempt: vi.fn(async () => "attempt-1"), markSignInSucceeded: vi.fn(async () => {}) }));

const verifier = vi.mocked(verifyPassword);
/** "$argon2id$v=19$m=19456,t=2,p=1": algorithm, version and cost, without salt and digest. */
const parametersOf = (hash: string) => hash.split("$").slice(1, 4).join("$");

let realHash: string;
beforeEach(async () => {
  realHash ??= await hashPassword("the right password");
  verifier.mockClear();
});

describe("passwordMatches", () => {
  it.each([
    ["an unknown account", null],
    ["a deactivated account", { passwordHash: "set below", deactivatedAt: new Date() }],
    ["an account without a password", { passwordHash: null, deactivatedAt: null }],
  ])("runs the verifier once, with the real hash's argon2 parameters, for %s, and says no", async (_, account) => {
    const input = account?.passwordHash ? { ...account, passwordHash: realHash } : account;
    expect(await passwordMatches(input, "the right password")).toBe(false);
    expect(verifier).toHaveBeenCalledTimes(1);
    const [usedHash] = verifier.mock.calls[0]!;
    expect(usedHash).not.toBe(realHash);
    expect(parametersOf(usedHash)).toBe(parametersOf(realHash));
  });

  it("verifies a usable account against its own hash", async () => {
    expect(await passwordMatches({ passwordHash: realHash, deactivatedAt: null }, "the right password")).toBe(true);
    expect(await passwordMatches({ passwordHash: realHash, deactivatedAt: null }, "a wrong password")).toBe(false);
    expect(verifier.mock.calls.map(([hash]) => hash)).toEqual([realHash, realHash]);
  });
});

describe("checkCredentials", () => {
  it("verifies a password for an email nobody has, just as for a real account", async () => {
    vi.mocked(findUserForSignIn).mockResolvedValueOnce(null);
    expect(await checkCredentials("nobody@example.test", "a guess", "10.0.0.1")).toEqual({ outcome: "wrong" });
    expect(verifier).toHaveBeenCalledTimes(1);

    vi.mocked(findUserForSignIn).mockResolvedValueOnce({
      id: "u1",
      name: "Ana",
      email: "ana@example.test",
      passwordHash: realHash,
      deactivatedAt: null,
      isPlatformAdmin: false,
      institution: null,
    });
    expect(await checkCredentials("ana@example.test", "a guess", "10.0.0.1")).toEqual({ outcome: "wrong" });
    expect(verifier).toHaveBeenCalledTimes(2);
  });

  it("refuses the right password of someone whose institution requires single sign-on, but not a platform admin's", async () => {
    const ana = { id: "u1", name: "Ana", email: "ana@example.test", passwordHash: realHash, deactivatedAt: null, isPlatformAdmin: false };
    vi.mocked(findUserForSignIn).mockResolvedValueOnce({ ...ana, institution: { requireSso: true } });
    expect(await checkCredentials("ana@example.test", "the right password", "10.0.0.1")).toEqual({ outcome: "ssoRequired" });
    vi.mocked(findUserForSignIn).mockResolvedValueOnce({ ...ana, institution: { requireSso: true } });
    expect(await checkCredentials("ana@example.test", "a wrong password", "10.0.0.1")).toEqual({ outcome: "wrong" });
    vi.mocked(findUserForSignIn).mockResolvedValueOnce({ ...ana, isPlatformAdmin: true, institution: { requireSso: true } });
    expect(await checkCredentials("ana@example.test", "the right password", "10.0.0.1")).toMatchObject({ outcome: "ok" });
  });
});
