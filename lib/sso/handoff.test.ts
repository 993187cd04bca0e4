import { beforeAll, describe, expect, it } from "vitest";
import { handoffPath, readHandoff } from "./handoff";

beforeAll(() => {
  process.env.AUTH_SECRET ??= "a-test-secret-that-is-long-enough-for-hmac-use";
});

describe("handoff to an identity provider", () => {
  it("leads where it was signed to go, and nowhere else", () => {
    const to = "http://localhost:4010/auth?client_id=consort&state=x";
    const params = new URL(handoffPath(to), "http://localhost:3000").searchParams;
    expect(readHandoff(params.get("to"), params.get("sig"))).toBe(to);
    expect(readHandoff("https://evil.example/", params.get("sig"))).toBeNull();
    expect(readHandoff(to, "forged")).toBeNull();
    expect(readHandoff(undefined, undefined)).toBeNull();
  });

  it("never leads to a non-web address, even signed", () => {
    const params = new URL(handoffPath("javascript:alert(1)"), "http://localhost:3000").searchParams;
    expect(readHandoff(params.get("to"), params.get("sig"))).toBeNull();
  });
});
