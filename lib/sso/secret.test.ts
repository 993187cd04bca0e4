import { beforeAll, describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "./secret";

beforeAll(() => {
  process.env.AUTH_SECRET ??= "a-test-secret-that-is-long-enough-for-hmac-use";
});

describe("client secrets sealed for the database", () => {
  it("opens what it sealed, and never stores the secret's text", () => {
    const sealed = sealSecret("s3cret-of-uni-a");
    expect(sealed).not.toContain("s3cret");
    expect(openSecret(sealed)).toBe("s3cret-of-uni-a");
    expect(sealSecret("s3cret-of-uni-a")).not.toBe(sealed);
  });

  it("refuses a tampered value, another AUTH_SECRET's and anything else", () => {
    const sealed = sealSecret("s3cret");
    const [v, iv, tag, body] = sealed.split(".");
    const flipped = Buffer.from(body!, "base64url");
    flipped[0]! ^= 1;
    expect(openSecret([v, iv, tag, flipped.toString("base64url")].join("."))).toBeNull();
    expect(openSecret("plain text")).toBeNull();
    const previous = process.env.AUTH_SECRET;
    process.env.AUTH_SECRET = "another-secret-that-is-also-long-enough-here";
    try {
      expect(openSecret(sealed)).toBeNull();
    } finally {
      process.env.AUTH_SECRET = previous;
    }
  });
});
