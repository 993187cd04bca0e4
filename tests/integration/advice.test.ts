// The advice log. Who may do what goes through the REAL server actions (lib/advice/actions.ts) as a
// chosen person; what a write leaves behind (rows, revisions, audit rows, attachments, conflicts) is
// checked on the mutations directly, called the way their actions call them once authorized.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createBoardIssue, createWorld, logAdviceEntry, type World } from "@/tests/factories";
import { db, resetDatabase, tableFingerprint } from "@/tests/support/database";
import { callAction, describeOutcome, type Outcome } from "@/tests/support/action-harness";
import { SAMPLE_FILES, SAMPLE_TEXT } from "@/tests/support/sample-files";
import { inEnglish } from "@/tests/support/english";
import type { Message } from "@/lib/i18n/message";
import { loadProgrammeActor } from "@/lib/programmes/data";
import {
  deleteAdviceAction,
  editAdviceAction,
  logAdviceAction,
  removeAttachmentAction,
  restoreAdviceAction,
  shareAdviceAction,
} from "@/lib/advice/actions";
import {
  editAdvice,
  logAdvice,
  removeAttachment,
  restoreAdvice,
  shareAdvice,
  type LogAdviceData,
  type UploadedFile,
} from "@/lib/advice/mutations";
import { logsAsTeamLeader } from "@/lib/advice/policy";
import { findAdviceTarget, findEngagementForAdvice } from "@/lib/advice/targets";
import {
  exportAdvice,
  getAdviceEntry,
  getAttachmentForDownload,
  listAdvice,
  listAdviceRevisions,
  listEngagementAdvice,
  mayLogAnyAdvice,
} from "@/lib/advice/data";
import { MAX_ATTACHMENT_BYTES } from "@/lib/advice/file-types";
import { listIssues } from "@/lib/board/data";
import { boardFilterSchema } from "@/lib/board/schema";
import type { Service } from "@/lib/generated/prisma/enums";
import type { AdviceFilters } from "@/lib/advice/schema";

vi.mock("@/lib/auth/session", () => import("@/tests/support/session-mock"));
vi.mock("@/lib/auth/auth", () => import("@/tests/support/auth-mock"));
vi.mock("next-auth", () => import("@/tests/support/next-auth-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const f = (filters: Partial<AdviceFilters> = {}): AdviceFilters => ({ removed: false, ...filters });

const as = (u: { id: string }) => ({ id: u.id, isPlatformAdmin: false });

async function engagementOf(world: World, institutionId: string, service: Service) {
  return db.engagement.findUniqueOrThrow({
    where: { programmeId_institutionId_service: { programmeId: world.programme.id, institutionId, service } },
  });
}

async function actorOf(world: World, user: { id: string }) {
  return (await loadProgrammeActor(as(user), world.programme.id))!;
}

function advice(engagementId: string, overrides: Partial<LogAdviceData> = {}): LogAdviceData {
  return {
    engagementId,
    givenOn: "2026-10-01",
    givenByName: "Marta Nowak",
    givenByRole: "Head of the international office",
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
  const actor = (await loadProgrammeActor(as(user), engagement.programmeId))!;
  return logAdvice(user.id, engagement, data, logsAsTeamLeader(actor, engagement));
}

/** Shares through the mutation, as shareAdviceAction does once it has authorized `user` on the entry. */
async function share(user: { id: string }, adviceId: string, version: number) {
  const { institutionName } = (await findAdviceTarget(adviceId))!;
  return shareAdvice(user.id, { adviceId, version }, institutionName);
}

/** The same fields as a form posts them to the action: files as File objects. */
const posted = <D extends { attachments: readonly UploadedFile[] }>({ attachments, ...fields }: D) => ({
  ...fields,
  attachments: attachments.map((file) => new File([new Uint8Array(file.bytes)], file.name)),
});

/** The entry a successful logAdviceAction created: the action redirects to it. */
function loggedEntryId(outcome: Outcome): string {
  const id = outcome.type === "redirect" ? /\/advice\/([^/?]+)\?logged=1$/.exec(outcome.location)?.[1] : undefined;
  expect(id, `expected a redirect to the new entry, got ${describeOutcome(outcome)}`).toBeDefined();
  return id!;
}

/** What an action answers when it refuses (a returned state, never a throw). */
const refusal = (kind: "forbidden" | "not_found" | "conflict", message?: unknown) => ({
  type: "state",
  state: { status: "error", kind, ...(message === undefined ? {} : { message }) },
});
const succeeded = { type: "state", state: { status: "success" } };
/** What a refusal thrown by a mutation says (its Message), as it reads in English. */
const saying = (pattern: RegExp) => ({
  asymmetricMatch: (message: Message) => pattern.test(inEnglish(message)),
  toString: () => `a message saying ${pattern}`,
});

describe("advice log", () => {
  let world: World;
  beforeEach(async () => {
    await resetDatabase();
    world = await createWorld();
  });

  describe("who may log", () => {
    it("offers 'Log advice' to whoever may log on some engagement, and not once their institution is removed", async () => {
      const may = async (u: { id: string }) => mayLogAnyAdvice(await actorOf(world, u), world.programme.id);
      expect([await may(world.leader), await may(world.staffA), await may(world.legalB)]).toEqual([true, true, true]);
      await db.programmePartner.updateMany({
        where: { programmeId: world.programme.id, institutionId: world.partnerA.id },
        data: { archivedAt: new Date() },
      });
      expect([await may(world.leader), await may(world.staffA)]).toEqual([true, false]);
    });

    it("lets partner staff log for their own institution, as themselves", async () => {
      const engagement = await engagementOf(world, world.partnerA.id, "INTERNATIONALISATION");
      const outcome = await callAction(logAdviceAction, posted(advice(engagement.id)), world.staffA);
      const id = loggedEntryId(outcome);
      expect(outcome).toEqual({ type: "redirect", location: `/programmes/${world.programme.id}/advice/${id}?logged=1` });
      const row = await db.adviceEntry.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({
        institutionId: world.partnerA.id,
        service: "INTERNATIONALISATION",
        programmeId: world.programme.id,
        visibility: "INSTITUTION_DRAFT",
        authorId: world.staffA.id,
        loggedAsTeamLeader: false,
      });
      expect(await db.auditLog.count({ where: { action: "logAdvice", entityId: id } })).toBe(1);
    });

    it("says whether an entry is the first on its engagement (the page then offers 'Advice received')", async () => {
      const engagement = await engagementOf(world, world.partnerA.id, "INTERNATIONALISATION");
      const first = await log(world.staffA, advice(engagement.id));
      expect(first.firstOnEngagement).toBe(true);
      const second = await log(world.staffA, advice(engagement.id, { summary: "Second" }));
      expect(second.firstOnEngagement).toBe(false);
    });

    it("refuses a forged request for another institution with a clear message and changes nothing", async () => {
      const other = await engagementOf(world, world.partnerB.id, "INTERNATIONALISATION");
      const before = await tableFingerprint();
      const outcome = await callAction(
        logAdviceAction,
        posted(advice(other.id, { attachments: [{ name: "a.pdf", bytes: SAMPLE_FILES.pdf }] })),
        world.staffA,
      );
      expect(outcome).toMatchObject(
        refusal(
          "forbidden",
          expect.stringMatching(
            /only for your own institution's services.*This is the Internationalisation engagement of Partner B University, so nothing was saved/,
          ),
        ),
      );
      expect(await tableFingerprint()).toBe(before);
    });

    it("limits task-force members to their own service at their own institution", async () => {
      const legal = await engagementOf(world, world.partnerB.id, "LEGAL");
      const it_ = await engagementOf(world, world.partnerB.id, "IT");
      const legalA = await engagementOf(world, world.partnerA.id, "LEGAL");
      const id = loggedEntryId(await callAction(logAdviceAction, posted(advice(legal.id)), world.legalB));
      expect(await db.adviceEntry.findUniqueOrThrow({ where: { id } })).toMatchObject({
        engagementId: legal.id,
        authorId: world.legalB.id,
      });
      const before = await tableFingerprint();
      expect(await callAction(logAdviceAction, posted(advice(it_.id)), world.legalB)).toMatchObject(refusal("forbidden"));
      expect(await callAction(logAdviceAction, posted(advice(legalA.id)), world.legalB)).toMatchObject(refusal("forbidden"));
      expect(await tableFingerprint()).toBe(before);
    });

    it("lets the team leader log for any institution, recorded as team leader", async () => {
      const engagement = await engagementOf(world, world.partnerB.id, "IT");
      const id = loggedEntryId(await callAction(logAdviceAction, posted(advice(engagement.id)), world.leader));
      expect(await db.adviceEntry.findUniqueOrThrow({ where: { id } })).toMatchObject({
        loggedAsTeamLeader: true,
        institutionId: world.partnerB.id,
        authorId: world.leader.id,
      });
    });

    it("hides the programme from outsiders and from platform admins who are not members (not found)", async () => {
      const engagement = await engagementOf(world, world.partnerA.id, "IT");
      const before = await tableFingerprint();
      expect(await callAction(logAdviceAction, posted(advice(engagement.id)), world.outsider)).toMatchObject(refusal("not_found"));
      // Platform admins reach a programme they are not in only to set it up; its advice is not theirs to see.
      expect(await callAction(logAdviceAction, posted(advice(engagement.id)), world.admin)).toMatchObject(refusal("not_found"));
      expect(await tableFingerprint()).toBe(before);
    });
  });

  describe("follow-up issues", () => {
    const followUp = { followUpNeeded: true, followUpNote: "Ask the ministry about the joint award\nDetails follow." };
    const onTheBoard = async (reader: { id: string }) =>
      (await listIssues(world.programme.id, boardFilterSchema.parse({ q: "joint award" }), reader.id)).rows;

    it("raises shared advice's follow-up as a linked board issue in the same transaction", async () => {
      const engagement = await engagementOf(world, world.partnerB.id, "LEGAL");
      const result = await log(world.staffB, advice(engagement.id, { ...followUp, share: true }));
      const issue = await db.boardIssue.findFirstOrThrow({ where: { adviceId: result.id } });
      expect(issue).toMatchObject({
        title: "Ask the ministry about the joint award",
        engagementId: engagement.id,
        institutionId: world.partnerB.id,
        services: ["LEGAL"],
        programmeId: world.programme.id,
        labels: ["follow-up"],
      });
      expect(result.followUpIssue?.number).toBe(issue.number);
    });

    it("raises no issue for a draft's follow-up, so other institutions cannot read the draft's words on the board", async () => {
      const engagement = await engagementOf(world, world.partnerB.id, "LEGAL");
      const outcome = await callAction(
        logAdviceAction,
        posted(advice(engagement.id, { ...followUp, summary: "The joint award needs ministry consent" })),
        world.staffB,
      );
      const id = loggedEntryId(outcome);
      expect(await db.adviceEntry.findUniqueOrThrow({ where: { id } })).toMatchObject({
        visibility: "INSTITUTION_DRAFT",
        followUpNeeded: true,
        followUpNote: followUp.followUpNote,
      });
      expect(await db.boardIssue.count({ where: { programmeId: world.programme.id } })).toBe(0);
      expect(await onTheBoard(world.staffA)).toEqual([]);
      const audit = await db.auditLog.findFirstOrThrow({ where: { action: "logAdvice", entityId: id } });
      expect(audit.after).toMatchObject({ visibility: "INSTITUTION_DRAFT", followUpIssue: null });
    });

    it("raises the draft's follow-up issue when the draft is shared, and never a second one", async () => {
      const engagement = await engagementOf(world, world.partnerB.id, "LEGAL");
      const { id } = await log(world.staffB, advice(engagement.id, { ...followUp, summary: "The joint award needs ministry consent" }));
      expect(await db.boardIssue.count({ where: { adviceId: id } })).toBe(0);

      // Two people of B share it at the same moment, from the version they both saw: one share wins.
      const outcomes = await Promise.all(
        [world.staffB, world.legalB].map((person) => callAction(shareAdviceAction, { adviceId: id, version: 0 }, person)),
      );
      expect(
        outcomes.filter((o) => o.type === "state" && o.state.status === "success"),
        outcomes.map(describeOutcome).join("\n"),
      ).toHaveLength(1);
      expect(outcomes.filter((o) => o.type === "state" && o.state.kind === "conflict")).toHaveLength(1);

      const issues = await db.boardIssue.findMany({ where: { adviceId: id } });
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({
        title: "Ask the ministry about the joint award",
        engagementId: engagement.id,
        institutionId: world.partnerB.id,
        services: ["LEGAL"],
        labels: ["follow-up"],
      });
      expect(issues[0]!.description).toContain('"The joint award needs ministry consent"');
      expect((await onTheBoard(world.staffA)).map((card) => card.id)).toEqual([issues[0]!.id]);

      // Sharing again, with the current version: refused as already shared, and still one issue.
      const before = await tableFingerprint();
      expect(await callAction(shareAdviceAction, { adviceId: id, version: 1 }, world.staffB)).toMatchObject(
        refusal("conflict", "This entry is already shared with the partnership."),
      );
      await expect(share(world.leader, id, 1)).rejects.toMatchObject({ kind: "conflict" });
      expect(await tableFingerprint()).toBe(before);
      expect(await db.boardIssue.count({ where: { adviceId: id } })).toBe(1);
    });

    it("raises no second issue when sharing a draft whose follow-up issue was raised under the earlier rule", async () => {
      // Drafts logged before follow-ups waited for sharing already have their issue on the board.
      const engagement = await engagementOf(world, world.partnerB.id, "LEGAL");
      const draft = await logAdviceEntry({
        engagementId: engagement.id,
        authorId: world.staffB.id,
        givenDaysAgo: 5,
        givenByName: "Legal office",
        summary: "The joint award needs ministry consent",
        kind: "REQUIREMENT",
        visibility: "INSTITUTION_DRAFT",
        followUpNote: "Ask the ministry about the joint award",
      });
      await createBoardIssue({
        programmeId: world.programme.id,
        authorId: world.staffB.id,
        createdDaysAgo: 4,
        title: "Ask the ministry about the joint award",
        services: ["LEGAL"],
        institutionId: world.partnerB.id,
        labels: ["follow-up"],
        engagementId: engagement.id,
        adviceId: draft.id,
      });
      expect(await callAction(shareAdviceAction, { adviceId: draft.id, version: 0 }, world.staffB)).toMatchObject(succeeded);
      expect(await db.boardIssue.count({ where: { adviceId: draft.id } })).toBe(1);
    });

    it("shares a draft without a follow-up without raising an issue", async () => {
      const engagement = await engagementOf(world, world.partnerB.id, "LEGAL");
      const { id } = await log(world.staffB, advice(engagement.id));
      expect(await callAction(shareAdviceAction, { adviceId: id, version: 0 }, world.staffB)).toMatchObject(succeeded);
      expect((await db.adviceEntry.findUniqueOrThrow({ where: { id } })).visibility).toBe("SHARED");
      expect(await db.boardIssue.count({ where: { programmeId: world.programme.id } })).toBe(0);
    });
  });

  describe("who may read", () => {
    it("shows a draft to its institution and the team leader only; shared entries to every member; nothing to outsiders", async () => {
      const engagement = await engagementOf(world, world.partnerA.id, "IT");
      const { id } = await log(world.staffA, advice(engagement.id, { summary: "Draft about the platform" }));
      const read = async (u: { id: string }) => getAdviceEntry(await actorOf(world, u), world.programme.id, id);
      const listed = async (u: { id: string }) =>
        (await listAdvice(await actorOf(world, u), world.programme.id, f())).rows.map((r) => r.id);

      expect(await read(world.staffA)).not.toBeNull();
      expect(await read(world.leader)).not.toBeNull();
      expect(await read(world.staffB)).toBeNull();
      expect(await read(world.legalB)).toBeNull();
      expect(await listed(world.staffA)).toEqual([id]);
      expect(await listed(world.leader)).toEqual([id]);
      expect(await listed(world.staffB)).toEqual([]);

      const entry = (await read(world.staffA))!;
      await share(world.staffA, id, entry.version);
      for (const u of [world.staffA, world.staffB, world.legalB, world.leader]) {
        expect(await read(u)).not.toBeNull();
        expect(await listed(u)).toEqual([id]);
      }
      expect(await read(world.outsider)).toBeNull();
      expect(await listed(world.outsider)).toEqual([]);
      // The outsider's own programme shows nothing of this one either.
      expect(
        await getAdviceEntry((await loadProgrammeActor(as(world.outsider), world.otherProgramme.id))!, world.otherProgramme.id, id),
      ).toBeNull();
    });

    it("lists an engagement's advice by the same rules", async () => {
      const engagement = await engagementOf(world, world.partnerA.id, "IT");
      await log(world.staffA, advice(engagement.id, { summary: "Draft" }));
      await log(world.staffA, advice(engagement.id, { summary: "Shared", share: true }));
      const forA = await listEngagementAdvice(await actorOf(world, world.staffA), world.programme.id, engagement.id);
      const forB = await listEngagementAdvice(await actorOf(world, world.staffB), world.programme.id, engagement.id);
      expect(forA?.entries.map((e) => e.summary).sort()).toEqual(["Draft", "Shared"]);
      expect(forA?.engagement.canLog).toBe(true);
      expect(forA?.offerAdviceReceived).toBe(true);
      expect(forB?.entries.map((e) => e.summary)).toEqual(["Shared"]);
      expect(forB?.engagement.canLog).toBe(false);
      expect(forB?.offerAdviceReceived).toBe(false);
    });

    it("lists only an engagement's newest 10 entries, with the readable total for the link to all", async () => {
      const engagement = await engagementOf(world, world.partnerA.id, "IT");
      for (let day = 1; day <= 12; day++) {
        await log(
          world.staffA,
          advice(engagement.id, { summary: `Day ${day}`, givenOn: `2026-10-${String(day).padStart(2, "0")}`, share: day !== 12 }),
        );
      }
      const forA = await listEngagementAdvice(await actorOf(world, world.staffA), world.programme.id, engagement.id);
      expect(forA?.entries.map((e) => e.summary)).toEqual([
        "Day 12",
        "Day 11",
        "Day 10",
        "Day 9",
        "Day 8",
        "Day 7",
        "Day 6",
        "Day 5",
        "Day 4",
        "Day 3",
      ]);
      expect(forA?.total).toBe(12);
      // Staff of B cannot read A's draft (day 12): it is neither listed nor counted.
      const forB = await listEngagementAdvice(await actorOf(world, world.staffB), world.programme.id, engagement.id);
      expect(forB?.entries).toHaveLength(10);
      expect(forB?.entries[0]?.summary).toBe("Day 11");
      expect(forB?.total).toBe(11);
    });

    it("serves attachments only to those who may read the entry", async () => {
      const engagement = await engagementOf(world, world.partnerA.id, "IT");
      const { id } = await log(world.staffA, advice(engagement.id, { attachments: [{ name: "Décision.pdf", bytes: SAMPLE_FILES.pdf }] }));
      const attachment = await db.attachment.findFirstOrThrow({ where: { adviceId: id } });
      expect(attachment.sha256).toMatch(/^[0-9a-f]{64}$/);
      const download = (u: { id: string }, programmeId = world.programme.id) => getAttachmentForDownload(as(u), programmeId, attachment.id);
      expect(await download(world.staffA)).toMatchObject({
        fileName: "Décision.pdf",
        mimeType: "application/pdf",
        size: SAMPLE_FILES.pdf.length,
      });
      expect(Buffer.from((await download(world.leader))!.content).equals(Buffer.from(SAMPLE_FILES.pdf))).toBe(true);
      expect(await download(world.staffB)).toBeNull(); // another institution's draft
      expect(await download(world.outsider)).toBeNull();
      expect(await download(world.outsider, world.otherProgramme.id)).toBeNull(); // wrong programme in the URL
      await share(world.staffA, id, 0);
      expect(await download(world.staffB)).not.toBeNull();
      expect(await download(world.outsider)).toBeNull();
    });

    it("exports only what the person may read", async () => {
      const a = await engagementOf(world, world.partnerA.id, "IT");
      await log(world.staffA, advice(a.id, { summary: "A draft" }));
      await log(world.staffA, advice(a.id, { summary: "A shared", share: true }));
      const rows = await exportAdvice(await actorOf(world, world.staffB), world.programme.id, f());
      expect(rows.map((r) => r.summary)).toEqual(["A shared"]);
    });
  });

  describe("editing, history, removal", () => {
    it("keeps each earlier state as a revision and refuses stale versions", async () => {
      const engagement = await engagementOf(world, world.partnerA.id, "IT");
      const { id } = await log(world.staffA, advice(engagement.id, { summary: "First wording" }));
      const base = {
        adviceId: id,
        givenOn: "2026-10-02",
        givenByName: "Marta Nowak",
        givenByRole: "Head",
        details: "New details",
        kind: "DECISION" as const,
        attachments: [],
      };
      await editAdvice(world.staffA.id, { ...base, version: 0, summary: "Second wording" });
      await share(world.staffA, id, 1);
      await expect(editAdvice(world.staffA.id, { ...base, version: 1, summary: "Stale" })).rejects.toMatchObject({ kind: "conflict" });

      const history = await listAdviceRevisions(await actorOf(world, world.staffB), world.programme.id, id);
      expect(history?.entry.summary).toBe("Second wording");
      expect(history?.revisions.map((r) => [r.revision, r.action, r.summary, r.visibility])).toEqual([
        [2, "SHARED", "Second wording", "INSTITUTION_DRAFT"],
        [1, "EDITED", "First wording", "INSTITUTION_DRAFT"],
      ]);
      expect(await db.auditLog.count({ where: { entityId: id, action: { in: ["editAdvice", "shareAdvice"] } } })).toBe(2);
    });

    it("refuses edits from another institution, and hides its drafts from them", async () => {
      const engagement = await engagementOf(world, world.partnerA.id, "IT");
      const draft = await log(world.staffA, advice(engagement.id));
      const shared = await log(world.staffA, advice(engagement.id, { share: true }));
      const before = await tableFingerprint();
      const edit = (adviceId: string, summary = "Hijacked") => ({
        adviceId,
        version: 0,
        givenOn: "2026-10-01",
        givenByName: "X",
        givenByRole: "",
        summary,
        details: "",
        kind: "DECISION",
      });
      expect(await callAction(editAdviceAction, edit(shared.id), world.staffB)).toMatchObject(
        refusal("forbidden", expect.stringMatching(/nothing was saved/)),
      );
      expect(await callAction(editAdviceAction, edit(draft.id), world.staffB)).toMatchObject(refusal("not_found"));
      expect(await callAction(deleteAdviceAction, { adviceId: shared.id, version: 0, reason: "Not mine" }, world.staffB)).toMatchObject(
        refusal("forbidden"),
      );
      // Another institution's draft does not exist for them, nor for outsiders and platform admins.
      for (const person of [world.staffB, world.legalB, world.outsider, world.admin])
        expect(await callAction(shareAdviceAction, { adviceId: draft.id, version: 0 }, person), person.name).toMatchObject(
          refusal("not_found"),
        );
      expect(await tableFingerprint()).toBe(before);
      // The team leader may edit any institution's advice.
      expect(await callAction(editAdviceAction, edit(shared.id, "Corrected by the leader"), world.leader)).toEqual({
        type: "redirect",
        location: `/programmes/${world.programme.id}/advice/${shared.id}?saved=1`,
      });
      expect((await db.adviceEntry.findUniqueOrThrow({ where: { id: shared.id } })).summary).toBe("Corrected by the leader");
    });

    it("removes softly with a reason, and only the team leader restores", async () => {
      const engagement = await engagementOf(world, world.partnerA.id, "IT");
      const { id } = await log(world.staffA, advice(engagement.id, { share: true }));
      expect(await callAction(deleteAdviceAction, { adviceId: id, version: 0, reason: "Logged twice" }, world.staffA)).toMatchObject(
        succeeded,
      );
      const row = await db.adviceEntry.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ deleteReason: "Logged twice", deletedById: world.staffA.id, version: 1 });
      expect(row.deletedAt).not.toBeNull();
      const leader = await actorOf(world, world.leader);
      expect((await listAdvice(leader, world.programme.id, f())).total).toBe(0);
      expect((await listAdvice(leader, world.programme.id, f({ removed: true }))).rows.map((r) => r.id)).toEqual([id]);
      // Partner staff cannot list removed entries even if they ask for them.
      expect((await listAdvice(await actorOf(world, world.staffA), world.programme.id, f({ removed: true }))).total).toBe(0);
      expect((await getAdviceEntry(leader, world.programme.id, id))?.permissions.restore).toBe(true);

      const removed = await tableFingerprint();
      expect(await callAction(restoreAdviceAction, { adviceId: id, version: 1 }, world.staffA)).toMatchObject(
        refusal("forbidden", "Only the team leader can restore removed advice."),
      );
      // A removed entry is read-only until it is restored.
      await expect(
        editAdvice(world.staffA.id, {
          adviceId: id,
          version: 1,
          givenOn: "2026-10-01",
          givenByName: "M",
          givenByRole: "",
          summary: "Changed after removal",
          details: "",
          kind: "DECISION",
          attachments: [],
        }),
      ).rejects.toMatchObject({ kind: "forbidden", said: saying(/has been removed/) });
      expect(await tableFingerprint()).toBe(removed);

      expect(await callAction(restoreAdviceAction, { adviceId: id, version: 1 }, world.leader)).toMatchObject(succeeded);
      expect((await db.adviceEntry.findUniqueOrThrow({ where: { id } })).deletedAt).toBeNull();
      expect((await listAdvice(leader, world.programme.id, f())).total).toBe(1);
      // Restoring it again (a second window) is a conflict: there is nothing left to restore.
      await expect(restoreAdvice(world.leader.id, { adviceId: id, version: 2 })).rejects.toMatchObject({ kind: "conflict" });
      const revisions = await db.adviceRevision.findMany({ where: { adviceId: id }, orderBy: { revision: "asc" } });
      expect(revisions.map((r) => [r.action, r.reason])).toEqual([
        ["DELETED", "Logged twice"],
        ["RESTORED", null],
      ]);
    });
  });

  describe("finding advice", () => {
    it("finds words in the details, ranks summary matches higher, and combines filters", async () => {
      const a = await engagementOf(world, world.partnerA.id, "LEGAL");
      const b = await engagementOf(world, world.partnerB.id, "IT");
      const inDetails = await log(
        world.staffA,
        advice(a.id, {
          summary: "Senate approval route",
          details: "The statute forbids a joint award without ministry consent.",
          share: true,
          givenOn: "2026-10-05",
        }),
      );
      const inSummary = await log(
        world.staffB,
        advice(b.id, {
          summary: "Statute change needed for the platform",
          details: "Nothing else.",
          kind: "DECISION",
          share: true,
          givenOn: "2026-09-01",
        }),
      );
      await log(world.staffB, advice(b.id, { summary: "Unrelated", details: "Moodle is fine.", share: true, givenOn: "2026-08-01" }));
      const actor = await actorOf(world, world.leader);

      const search = await listAdvice(actor, world.programme.id, f({ q: "statute" }));
      expect(search.rows.map((r) => r.id)).toEqual([inSummary.id, inDetails.id]); // summary match first though older
      expect(search.total).toBe(2);
      expect((await listAdvice(actor, world.programme.id, f({ q: "ministry consent" }))).rows.map((r) => r.id)).toEqual([inDetails.id]);
      expect(
        (await listAdvice(actor, world.programme.id, f({ q: "statute", institution: world.partnerA.id }))).rows.map((r) => r.id),
      ).toEqual([inDetails.id]);
      expect((await listAdvice(actor, world.programme.id, f({ q: "statute", kind: "DECISION" }))).rows.map((r) => r.id)).toEqual([
        inSummary.id,
      ]);
      expect((await listAdvice(actor, world.programme.id, f({ service: "LEGAL" }))).rows.map((r) => r.id)).toEqual([inDetails.id]);
      expect((await listAdvice(actor, world.programme.id, f({ from: "2026-10-01", to: "2026-10-31" }))).rows.map((r) => r.id)).toEqual([
        inDetails.id,
      ]);
      expect((await listAdvice(actor, world.programme.id, f({ q: "nonexistentword" }))).total).toBe(0);
      // A page past the last match (an old link) still says how many matches there are.
      const pastTheEnd = await listAdvice(actor, world.programme.id, f({ q: "statute", page: 3 }));
      expect(pastTheEnd.rows).toEqual([]);
      expect([pastTheEnd.total, pastTheEnd.pageCount, pastTheEnd.totalCapped]).toEqual([2, 1, false]);
      // Search input is data, not SQL or tsquery syntax.
      expect((await listAdvice(actor, world.programme.id, f({ q: '\'; DROP TABLE "AdviceEntry"; -- & | !(' }))).total).toBe(0);
    });

    it("uses the full-text index rather than scanning text", async () => {
      await db.$executeRawUnsafe("SET enable_seqscan = off");
      const plan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN SELECT id FROM "AdviceEntry" WHERE "searchVector" @@ websearch_to_tsquery('simple', 'statute')`,
      );
      await db.$executeRawUnsafe("SET enable_seqscan = on");
      // The GIN index leads with "programmeId" (btree_gin), so the app's searches read one programme's matches.
      expect(plan.map((p) => p["QUERY PLAN"]).join("\n")).toContain("AdviceEntry_programmeId_searchVector_idx");
    });

    it("pages 25 at a time, newest first", async () => {
      const engagement = await engagementOf(world, world.partnerA.id, "IT");
      for (let day = 1; day <= 27; day++)
        await log(
          world.staffA,
          advice(engagement.id, { summary: `Advice ${day}`, givenOn: `2026-09-${String(day).padStart(2, "0")}`, share: true }),
        );
      const actor = await actorOf(world, world.staffB);
      const first = await listAdvice(actor, world.programme.id, f());
      expect(first).toMatchObject({ total: 27, pageCount: 2, page: 1 });
      expect(first.rows).toHaveLength(25);
      expect(first.rows[0]?.summary).toBe("Advice 27");
      const second = await listAdvice(actor, world.programme.id, f({ page: 2 }));
      expect(second.rows.map((r) => r.summary)).toEqual(["Advice 2", "Advice 1"]);
    });
  });

  describe("attachments", () => {
    it("refuses a file over 10 MB and stores nothing", async () => {
      const engagement = await engagementOf(world, world.partnerA.id, "IT");
      const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
      big.set(SAMPLE_FILES.pdf);
      const before = await tableFingerprint();
      await expect(
        log(
          world.staffA,
          advice(engagement.id, {
            attachments: [
              { name: "ok.pdf", bytes: SAMPLE_FILES.pdf },
              { name: "huge.pdf", bytes: big },
            ],
          }),
        ),
      ).rejects.toMatchObject({
        kind: "invalid",
        said: saying(/"huge.pdf" is too large \(10,485,761 bytes\)\. Each attachment can be at most 10 MB.*Nothing was saved/),
      });
      expect(await tableFingerprint()).toBe(before);
    });

    it("refuses a disallowed type disguised by its name and stores nothing, also when editing", async () => {
      const engagement = await engagementOf(world, world.partnerA.id, "IT");
      const before = await tableFingerprint();
      await expect(
        log(world.staffA, advice(engagement.id, { attachments: [{ name: "minutes.pdf", bytes: SAMPLE_FILES.exe }] })),
      ).rejects.toMatchObject({ kind: "invalid", said: saying(/"minutes.pdf" is not a type of file we accept/) });
      expect(await tableFingerprint()).toBe(before);
      const { id } = await log(world.staffA, advice(engagement.id));
      const afterLog = await tableFingerprint();
      await expect(
        editAdvice(world.staffA.id, {
          adviceId: id,
          version: 0,
          givenOn: "2026-10-01",
          givenByName: "M",
          givenByRole: "",
          summary: "Changed",
          details: "",
          kind: "DECISION",
          attachments: [{ name: "x.docx", bytes: new TextEncoder().encode("<html>") }],
        }),
      ).rejects.toMatchObject({ kind: "invalid" });
      expect(await tableFingerprint()).toBe(afterLog);
    });

    it("stores allowed files with their detected type and checksum", async () => {
      const engagement = await engagementOf(world, world.partnerA.id, "IT");
      const { id } = await log(
        world.staffA,
        advice(engagement.id, {
          attachments: [
            { name: "scan.png", bytes: SAMPLE_FILES.png },
            { name: "minutes.docx", bytes: SAMPLE_FILES.docx },
            { name: "Acuerdo.odt", bytes: SAMPLE_FILES.odt },
            { name: "Re: annex.msg", bytes: SAMPLE_FILES.msg },
            { name: "Annex signed.eml", bytes: SAMPLE_TEXT.eml },
            { name: "decisions.csv", bytes: SAMPLE_TEXT.csv },
            { name: "notes.txt", bytes: SAMPLE_TEXT.txt },
            { name: "cleanup.bat", bytes: SAMPLE_TEXT.txt },
          ],
        }),
      );
      const files = await db.attachment.findMany({ where: { adviceId: id }, orderBy: { fileName: "asc" } });
      expect(files.map((f) => [f.fileName, f.mimeType, f.size])).toEqual([
        ["Acuerdo.odt", "application/vnd.oasis.opendocument.text", SAMPLE_FILES.odt.length],
        ["Annex signed.eml", "message/rfc822", SAMPLE_TEXT.eml.length],
        ["Re: annex.msg", "application/vnd.ms-outlook", SAMPLE_FILES.msg.length],
        ["cleanup.bat.txt", "text/plain", SAMPLE_TEXT.txt.length], // never downloads as a program
        ["decisions.csv", "text/csv", SAMPLE_TEXT.csv.length],
        ["minutes.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", SAMPLE_FILES.docx.length],
        ["notes.txt", "text/plain", SAMPLE_TEXT.txt.length],
        ["scan.png", "image/png", SAMPLE_FILES.png.length],
      ]);
    });

    it("refuses page markup and non-UTF-8 bytes in text files, whatever their name", async () => {
      const engagement = await engagementOf(world, world.partnerA.id, "IT");
      const before = await tableFingerprint();
      for (const [name, bytes] of [
        ["notes.txt", SAMPLE_TEXT.html],
        ["logo.txt", SAMPLE_TEXT.svg],
        ["data.csv", SAMPLE_TEXT.scriptDeepInside],
        ["minutes.txt", SAMPLE_TEXT.latin1],
      ] as const) {
        await expect(log(world.staffA, advice(engagement.id, { attachments: [{ name, bytes }] })), name).rejects.toMatchObject({
          kind: "invalid",
          said: saying(new RegExp(`"${name}" is not a type of file we accept.*must not contain web-page code`)),
        });
      }
      expect(await tableFingerprint()).toBe(before);
    });

    it("takes an attachment off an entry (kept on record, no longer served), for those who may edit the entry, once", async () => {
      const engagement = await engagementOf(world, world.partnerA.id, "IT");
      const { id } = await log(
        world.staffA,
        advice(engagement.id, { share: true, attachments: [{ name: "letter.pdf", bytes: SAMPLE_FILES.pdf }] }),
      );
      const attachment = await db.attachment.findFirstOrThrow({ where: { adviceId: id } });
      const before = await tableFingerprint();
      expect(await callAction(removeAttachmentAction, { attachmentId: attachment.id }, world.staffB)).toMatchObject(refusal("forbidden"));
      expect(await callAction(removeAttachmentAction, { attachmentId: attachment.id }, world.outsider)).toMatchObject(refusal("not_found"));
      expect(await tableFingerprint()).toBe(before);

      expect(await callAction(removeAttachmentAction, { attachmentId: attachment.id }, world.staffA)).toMatchObject(succeeded);
      expect((await db.attachment.findUniqueOrThrow({ where: { id: attachment.id } })).deletedAt).toBeInstanceOf(Date);
      expect(await getAttachmentForDownload(as(world.staffA), world.programme.id, attachment.id)).toBeNull();
      expect(await db.auditLog.findMany({ where: { action: "removeAttachment", entityId: attachment.id } })).toEqual([
        expect.objectContaining({ actorId: world.staffA.id, before: { fileName: "letter.pdf", adviceId: id } }),
      ]);
      // Removing it again, from a page opened before: already gone.
      expect(await callAction(removeAttachmentAction, { attachmentId: attachment.id }, world.staffA)).toMatchObject(
        refusal("not_found", "That attachment does not exist or was already removed."),
      );
    });

    it("lets exactly one of two parallel removals of the same attachment win", async () => {
      const engagement = await engagementOf(world, world.partnerA.id, "IT");
      const { id } = await log(world.staffA, advice(engagement.id, { attachments: [{ name: "letter.pdf", bytes: SAMPLE_FILES.pdf }] }));
      const attachment = await db.attachment.findFirstOrThrow({ where: { adviceId: id } });
      const results = await Promise.allSettled(
        [world.staffA, world.leader].map((u) => removeAttachment(u.id, { attachmentId: attachment.id })),
      );
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(lost).toHaveLength(1);
      expect(lost[0]!.reason).toMatchObject({ kind: "conflict" });
      expect(await db.auditLog.count({ where: { action: "removeAttachment", entityId: attachment.id } })).toBe(1);
    });

    it("refuses to take an attachment off a removed entry", async () => {
      const engagement = await engagementOf(world, world.partnerA.id, "IT");
      const { id } = await log(world.staffA, advice(engagement.id, { attachments: [{ name: "letter.pdf", bytes: SAMPLE_FILES.pdf }] }));
      const attachment = await db.attachment.findFirstOrThrow({ where: { adviceId: id } });
      await db.adviceEntry.update({
        where: { id },
        data: { deletedAt: new Date(), deletedById: world.staffA.id, deleteReason: "Duplicate" },
      });
      const before = await tableFingerprint();
      await expect(removeAttachment(world.staffA.id, { attachmentId: attachment.id })).rejects.toMatchObject({
        kind: "forbidden",
        said: saying(/has been removed/),
      });
      expect(await tableFingerprint()).toBe(before);
    });
  });
});
