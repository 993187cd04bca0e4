import "server-only";
import { appSecret } from "@/lib/auth/app-secret";
import { createHmac, timingSafeEqual } from "node:crypto";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { NOTIFICATION_KINDS } from "./kinds";

// One-click unsubscribe links (RFC 8058): they work without signing in, so the link itself proves who
// it is for: the person and what to stop, signed with AUTH_SECRET. "DIGEST" stops the daily digest.

export type UnsubscribeTopic = NotificationKind | "DIGEST";

function signature(userId: string, topic: UnsubscribeTopic): Buffer {
  return createHmac("sha256", appSecret()).update(`unsubscribe:${userId}:${topic}`).digest();
}

/** The token in `/unsubscribe/<token>` for `userId` and `topic`. */
export function unsubscribeToken(userId: string, topic: UnsubscribeTopic): string {
  return `${userId}.${topic}.${signature(userId, topic).toString("base64url")}`;
}

export function unsubscribePath(userId: string, topic: UnsubscribeTopic): string {
  return `/unsubscribe/${unsubscribeToken(userId, topic)}`;
}

/** Who and what a token is for, or null when it was not made by unsubscribeToken (tampered, truncated). */
export function readUnsubscribeToken(token: string): { userId: string; topic: UnsubscribeTopic } | null {
  const [userId, topic, mac, extra] = token.split(".");
  if (!userId || !topic || !mac || extra !== undefined) return null;
  if (topic !== "DIGEST" && !(NOTIFICATION_KINDS as string[]).includes(topic)) return null;
  const expected = signature(userId, topic as UnsubscribeTopic);
  const given = Buffer.from(mac, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { userId, topic: topic as UnsubscribeTopic };
}
