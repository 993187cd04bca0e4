import type { NotificationDelivery, NotificationKind } from "@/lib/generated/prisma/enums";
import { DEFAULT_DELIVERY } from "./kinds";

type Preference = { userId: string; kind: NotificationKind; delivery: NotificationDelivery };

/** How each person wants each kind: their NotificationPreference row, else the kind's default. */
export function deliveryFrom(preferences: readonly Preference[]): (userId: string, kind: NotificationKind) => NotificationDelivery {
  const chosen = new Map(preferences.map((p) => [`${p.userId}:${p.kind}`, p.delivery]));
  return (userId, kind) => chosen.get(`${userId}:${kind}`) ?? DEFAULT_DELIVERY[kind];
}

/** The kinds that go into a person's daily digest, given their preference rows. */
export function digestKinds(preferences: readonly Omit<Preference, "userId">[]): NotificationKind[] {
  const delivery = deliveryFrom(preferences.map((p) => ({ ...p, userId: "" })));
  return (Object.keys(DEFAULT_DELIVERY) as NotificationKind[]).filter((kind) => delivery("", kind) === "DIGEST");
}
