// Every kind reaches a person as they chose: an e-mail at once (and the inbox), the daily digest (and
// the inbox), or the inbox only — and a person who chose nothing gets the kind's default.
import { beforeEach, describe, expect, it } from "vitest";
import { msg } from "@/lib/i18n/message";
import { sendDigest } from "@/lib/notifications/digest";
import { saveNotifications } from "@/lib/notifications/fanout/mutations";
import { DEFAULT_DELIVERY, NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import { planNotification } from "@/lib/notifications/planned";
import { addMemberTo, createBoardIssue, createUser, createWorld, type World } from "@/tests/factories";
import { db, resetDatabase } from "@/tests/support/database";
import { emailedNotificationKeys, setDelivery } from "@/tests/support/notifications";

let world: World;

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

describe("delivery per person and kind", () => {
  it("e-mail at once, digest or inbox only, for each kind; the default where the person chose nothing", async () => {
    const people = { EMAIL_NOW: "Eve Email", DIGEST: "Dora Digest", IN_APP: "Ian Inbox", DEFAULT: "Dee Default" } as const;
    const users = {} as Record<keyof typeof people, { id: string }>;
    for (const [choice, name] of Object.entries(people) as [keyof typeof people, string][]) {
      const user = await createUser({ name, institutionId: world.partnerA.id });
      await addMemberTo(world.programme.id, world.leader.id, user, "PARTNER_STAFF", world.partnerA.id);
      if (choice !== "DEFAULT") for (const kind of NOTIFICATION_KINDS) await setDelivery(user, kind, choice);
      users[choice] = user;
    }
    const yesterday = new Date(Date.now() - 86_400_000);
    const today = new Date().toISOString().slice(0, 10);
    const planned = [];
    for (const kind of NOTIFICATION_KINDS) {
      const due = kind === "DUE_SOON" ? 1 : kind === "OVERDUE" ? -2 : undefined;
      const shared = await createBoardIssue({
        programmeId: world.programme.id,
        authorId: world.leader.id,
        createdDaysAgo: 1,
        title: `About ${kind}`,
      });
      for (const user of Object.values(users)) {
        // A due-date notice is about an item of the person's own, due as it says.
        const issue =
          due === undefined
            ? shared
            : await createBoardIssue({
                programmeId: world.programme.id,
                authorId: world.leader.id,
                createdDaysAgo: 1,
                title: `About ${kind}`,
                assigneeId: user.id,
                dueInDays: due,
              });
        planned.push(
          planNotification(user.id, kind, {
            subject: { type: "issue", id: issue.id },
            cause: today,
            programmeId: world.programme.id,
            actorId: world.leader.id,
            message: msg("notifications.message.issueComment", { actor: "Lea Leader", number: issue.number, title: `About ${kind}` }),
            href: `/programmes/${world.programme.id}/board/${issue.number}`,
          }),
        );
      }
    }
    expect(await saveNotifications(planned, yesterday)).toMatchObject({ created: NOTIFICATION_KINDS.length * 4 });

    // Everyone has every notification in the inbox.
    for (const user of Object.values(users))
      expect(await db.notification.count({ where: { userId: user.id } })).toBe(NOTIFICATION_KINDS.length);
    // E-mails at once: every kind for Eve; for Dee the kinds e-mailed by default.
    const emailed = await db.notification.findMany({
      where: { id: { in: (await emailedNotificationKeys()).map((k) => k.slice("notification:".length)) } },
    });
    const emailedKinds = (user: { id: string }) =>
      emailed
        .filter((n) => n.userId === user.id)
        .map((n) => n.kind)
        .sort();
    const byDefault = (delivery: string) => NOTIFICATION_KINDS.filter((k) => DEFAULT_DELIVERY[k] === delivery).sort();
    expect(emailedKinds(users.EMAIL_NOW)).toEqual([...NOTIFICATION_KINDS].sort());
    expect(emailedKinds(users.DEFAULT)).toEqual(byDefault("EMAIL_NOW"));
    expect(emailedKinds(users.DIGEST)).toEqual([]);
    expect(emailedKinds(users.IN_APP)).toEqual([]);

    // The digest: every kind for Dora, the digest kinds for Dee, nothing for Eve (e-mailed) or Ian (inbox only).
    const digested = async (user: { id: string }) => {
      await sendDigest({ userId: user.id, day: "today" });
      const email = await db.emailMessage.findUnique({ where: { key: `digest:${user.id}:today` } });
      return NOTIFICATION_KINDS.filter((kind) => email?.text.includes(`“About ${kind}”`)).sort();
    };
    expect(await digested(users.DIGEST)).toEqual([...NOTIFICATION_KINDS].sort());
    expect(await digested(users.DEFAULT)).toEqual(byDefault("DIGEST"));
    expect(await digested(users.EMAIL_NOW)).toEqual([]);
    expect(await digested(users.IN_APP)).toEqual([]);
  });
});
