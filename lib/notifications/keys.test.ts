import { describe, expect, it } from "vitest";
import { notificationKey, readNotificationKey } from "./keys";

describe("notification keys", () => {
  it("read back the kind, subject, cause and person they were made of", () => {
    const key = notificationKey("OVERDUE", { type: "engagement", id: "eng1" }, "2026-11-30", "user1");
    expect(key).toBe("OVERDUE:engagement:eng1:2026-11-30:user1");
    expect(readNotificationKey(key)).toEqual({
      kind: "OVERDUE",
      subject: { type: "engagement", id: "eng1" },
      cause: "2026-11-30",
      userId: "user1",
    });
  });

  it("refuse parts that would make the key ambiguous", () => {
    expect(() => notificationKey("MENTION", { type: "issue", id: "a:b" }, "c", "u")).toThrow();
    expect(() => notificationKey("MENTION", { type: "issue", id: "a" }, "", "u")).toThrow();
  });

  it("do not read keys made some other way", () => {
    expect(readNotificationKey("")).toBeNull();
    expect(readNotificationKey("MENTION:issue:a:b")).toBeNull();
    expect(readNotificationKey("NOT_A_KIND:issue:a:b:c")).toBeNull();
    expect(readNotificationKey("MENTION:programme:a:b:c")).toBeNull();
    expect(readNotificationKey("MENTION:issue::b:c")).toBeNull();
    expect(readNotificationKey("MENTION:issue:a:b:c:d")).toBeNull();
  });
});
