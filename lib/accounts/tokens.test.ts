import { beforeAll, describe, expect, it } from "vitest";
import { deriveToken, hashToken, isTokenShaped, newTokenId, TOKEN_LIFETIME_MS } from "./tokens";

beforeAll(() => {
  process.env.AUTH_SECRET ??= "a-test-secret-that-is-long-enough-for-hmac-use";
});

describe("single-use link tokens", () => {
  it("are derived from the row id with the secret: the same id gives the same link, another id or secret another", () => {
    const id = newTokenId();
    const token = deriveToken(id);
    expect(deriveToken(id)).toBe(token);
    expect(deriveToken(newTokenId())).not.toBe(token);
    const secret = process.env.AUTH_SECRET;
    process.env.AUTH_SECRET = `${secret}-rotated`;
    try {
      expect(deriveToken(id)).not.toBe(token);
    } finally {
      process.env.AUTH_SECRET = secret;
    }
  });

  it("look like 43 base64url characters, and that is all a lookup accepts", () => {
    const token = deriveToken(newTokenId());
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(isTokenShaped(token)).toBe(true);
    for (const bad of ["", token.slice(1), `${token}x`, `${token.slice(0, 42)}/`, "../../etc/passwd", 42, null]) {
      expect(isTokenShaped(bad)).toBe(false);
    }
  });

  it("are stored as their SHA-256 only, which does not contain them and cannot be turned back into a link", () => {
    const token = deriveToken(newTokenId());
    const hash = hashToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    expect(hashToken(token)).toBe(hash);
    expect(isTokenShaped(hash)).toBe(false);
  });

  it("refuse to be made without AUTH_SECRET (a link must never be guessable)", () => {
    const secret = process.env.AUTH_SECRET;
    delete process.env.AUTH_SECRET;
    try {
      expect(() => deriveToken("x")).toThrow(/AUTH_SECRET/);
    } finally {
      process.env.AUTH_SECRET = secret;
    }
  });

  it("last 7 days to set a first password and one hour to reset one", () => {
    expect(TOKEN_LIFETIME_MS.SET_PASSWORD).toBe(7 * 24 * 60 * 60 * 1000);
    expect(TOKEN_LIFETIME_MS.RESET_PASSWORD).toBe(60 * 60 * 1000);
  });
});
