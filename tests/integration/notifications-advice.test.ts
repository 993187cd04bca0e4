// Advice notifications: ADVICE_LOGGED (owner, the service's representatives, watchers), ADVICE_SHARED
// (the team leaders), MENTION in advice details (on an edit, only new mentions) — and never a draft
// to anyone outside its institution (and the team leader).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { logAdvice, editAdvice, deleteAdvice, shareAdvice, type LogAdviceData } from "@/lib/advice/mutations";
import { logAdviceAction } from "@/lib/advice/actions";
import { logsAsTeamLeader } from "@/lib/advice/policy";
import { findAdviceTarget, findEngagementForAdvice } from "@/lib/advice/targets";
import { loadProgrammeActor } from "@/lib/programmes/data";
import { readStoredMessage } from "@/lib/i18n/message";
import { mentionMarkup } from "@/lib/notifications/mentions";
import { createWorld, findEngagement, type World } from "@/tests/factories";
import { callAction } from "@/tests/support/action-harness";
import { db, resetDatabase } from "@/tests/support/database";
import { emailedNotificationKeys, notificationsOf, notified, runNotifyJobs, takeNotifyJobs } from "@/tests/support/notifications";

vi.mock("@/lib/auth/session", () => import("@/tests/support/session-mock"));
vi.mock("@/lib/auth/auth", () => import("@/tests/support/auth-mock"));
vi.mock("next-auth", () => import("@/tests/support/next-auth-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

let world: World;
let engagementId: string;

const mention = (person: { id: string; name: string }) => mentionMarkup({ userId: person.id, name: person.name });

function advice(overrides: Partial<LogAdviceData> = {}): LogAdviceData {
  return {
    engagementId,
    givenOn: "2026-10-01",
    givenByName: "Marta Nowak",
    givenByRole: "Legal counsel",
    summary: "Joint degrees need a cooperation agreement",
    details: "Sign the agreement before the senate vote.",
    kind: "REQUIREMENT",
    share: false,
    followUpNeeded: false,
    followUpNote: "",
    attachments: [],
    ...overrides,
  };
}

/** Logs through the mutation, as logAdviceAction does once it has authorized `user` on the engagement. */
async function log(user: { id: string }, data: LogAdviceData) {
  const engagement = (await findEngagementForAdvice(data.engagementId))!;
  const actor = (await loadProgrammeActor({ id: user.id, isPlatformAdmin: false }, engagement.programmeId))!;
  return logAdvice(user.id, engagement, data, logsAsTeamLeader(actor, engagement));
}

async function share(user: { id: string }, adviceId: string) {
  const { institutionName } = (await findAdviceTarget(adviceId))!;
  const { version } = await db.adviceEntry.findUniqueOrThrow({ where: { id: adviceId }, select: { version: true } });
  return shareAdvice(user.id, { adviceId, version }, institutionName);
}

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
  // Partner B's Legal engagement: owned by partner A's staff, watched by the team leader; Lex represents Legal at B.
  engagementId = (await findEngagement(world.programme.id, world.partnerB.id, "LEGAL")).id;
  await db.engagement.update({ where: { id: engagementId }, data: { ownerId: world.staffA.id } });
  await db.watch.create({ data: { userId: world.leader.id, engagementId } });
});

describe("a draft stays inside its institution", () => {
  it("logging a draft tells only those who may read it; a mention of another institution's member waits for the share", async () => {
    const entry = await log(
      world.staffB,
      advice({ details: `Ask ${mention(world.staffA)} and ${mention(world.legalB)}; ${mention(world.outsider)} knows the ministry.` }),
    );
    await runNotifyJobs();
    // Ana (the owner, mentioned) works at partner A: B's draft is not hers to read. Otto is no member.
    expect(await notified()).toEqual(["Lea Leader:ADVICE_LOGGED", "Lex Taskforce:MENTION"]);
    const [logged] = await notificationsOf(world.leader);
    expect(readStoredMessage(logged!.message)).toEqual({
      key: "notifications.message.adviceLogged",
      values: {
        service: "LEGAL",
        institution: "Partner B University",
        summary: "Joint degrees need a cooperation agreement",
        actor: "Bo Staff",
      },
    });
    expect(logged!.href).toBe(`/programmes/${world.programme.id}/advice/${entry.id}`);

    await share(world.staffB, entry.id);
    await runNotifyJobs();
    // Sharing is news to the team leader (ADVICE_SHARED) and to those who could not read the draft.
    expect(await notified()).toEqual([
      "Ana Staff:MENTION",
      "Lea Leader:ADVICE_LOGGED",
      "Lea Leader:ADVICE_SHARED",
      "Lex Taskforce:MENTION",
    ]);
  });

  it("a draft removed before the job ran tells nobody", async () => {
    const entry = await log(world.staffB, advice());
    await deleteAdvice(world.staffB.id, { adviceId: entry.id, version: 0, reason: "Logged on the wrong engagement." });
    await runNotifyJobs();
    expect(await notified()).toEqual([]);
  });
});

describe("shared advice", () => {
  it("logged shared: the team leader gets ADVICE_SHARED, the owner and representative ADVICE_LOGGED, the routed follow-up ISSUE_ASSIGNED", async () => {
    await log(world.staffB, advice({ share: true, followUpNeeded: true, followUpNote: "Draft the agreement" }));
    await runNotifyJobs();
    expect(await notified()).toEqual([
      "Ana Staff:ADVICE_LOGGED",
      "Lea Leader:ADVICE_SHARED",
      "Lex Taskforce:ADVICE_LOGGED",
      "Lex Taskforce:ISSUE_ASSIGNED",
    ]);
    // Only the assignment is e-mailed at once by default; the rest waits for the digest.
    const [assigned] = await notificationsOf(world.legalB, "ISSUE_ASSIGNED");
    expect(await emailedNotificationKeys()).toEqual([`notification:${assigned!.id}`]);
  });
});

describe("MENTION in advice details", () => {
  it("an edit tells only the people it newly mentions, and none when it mentions nobody new", async () => {
    const entry = await log(world.staffB, advice({ share: true, details: `Ask ${mention(world.legalB)}.` }));
    await runNotifyJobs();
    const before = await db.notification.count();
    const base = { ...advice(), adviceId: entry.id, attachments: [] };
    await editAdvice(world.staffB.id, { ...base, version: 0, details: `Ask ${mention(world.legalB)} and ${mention(world.staffA)}.` });
    await runNotifyJobs();
    expect(await db.notification.count()).toBe(before + 1);
    expect((await notificationsOf(world.staffA, "MENTION")).length).toBe(1);
    await editAdvice(world.staffB.id, {
      ...base,
      version: 1,
      details: `Ask ${mention(world.staffA)} first, then ${mention(world.legalB)}.`,
    });
    expect(await takeNotifyJobs()).toEqual([]);
  });

  it("logging advice says which mentioned people are not members and were not notified", async () => {
    const details = `Ask ${mention(world.legalB)} and ${mention(world.outsider)}.`;
    const outcome = await callAction(logAdviceAction, advice({ details }), world.staffB);
    expect(outcome.type).toBe("redirect");
    const location = outcome.type === "redirect" ? outcome.location : "";
    expect(location).toMatch(new RegExp(`\\?logged=1&unnotified=${world.outsider.id}$`));
  });
});
