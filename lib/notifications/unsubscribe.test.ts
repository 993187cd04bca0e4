import { beforeAll, describe, expect, it } from "vitest";
import { readUnsubscribeToken, unsubscribeToken } from "./unsubscribe";

describe("unsubscribe tokens", () => {
  beforeAll(() => {
    process.env.AUTH_SECRET ??= "a-test-secret-that-is-long-enough-for-hmac-use";
  });

  it("read back who and what they were made for", () => {
    expect(readUnsubscribeToken(unsubscribeToken("user123", "MENTION"))).toEqual({ userId: "user123", topic: "MENTION" });
    expect(readUnsubscribeToken(unsubscribeToken("user123", "DIGEST"))).toEqual({ userId: "user123", topic: "DIGEST" });
  });

  it("refuse another person, another topic, a tampered or truncated token", () => {
    const token = unsubscribeToken("user123", "MENTION");
    const [, , mac] = token.split(".");
    expect(readUnsubscribeToken(`user999.MENTION.${mac}`)).toBeNull();
    expect(readUnsubscribeToken(`user123.OVERDUE.${mac}`)).toBeNull();
    expect(readUnsubscribeToken(`user123.NOT_A_KIND.${mac}`)).toBeNull();
    expect(readUnsubscribeToken(token.slice(0, -2))).toBeNull();
    expect(readUnsubscribeToken(`${token}.x`)).toBeNull();
    expect(readUnsubscribeToken("")).toBeNull();
  });
});
