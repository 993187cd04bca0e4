// Concurrency through the REAL server actions: 50 conflicting calls at once, on one database.
// Engagement stage moves (optimistic version check) and board card moves (per-board lock + version).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createBoardIssue, createInstitution, createWorld, findEngagement, logAdviceEntry, type World } from "@/tests/factories";
import { db, resetDatabase } from "@/tests/support/database";
import { callAction, describeOutcome, type Outcome } from "@/tests/support/action-harness";
import { moveEngagement } from "@/lib/engagements/actions";
import { moveIssueAction } from "@/lib/board/actions";
import { addMemberAction, addPartnerAction, archivePartnerAction, restorePartnerAction } from "@/lib/programmes/actions";
import { addRepresentativeAction, removeRepresentativeAction } from "@/lib/taskforce/actions";
import { removeAttachmentAction } from "@/lib/advice/actions";
import { deactivateUserAction, reactivateUserAction } from "@/lib/admin/actions";
import type { EngagementStage, IssueStatus } from "@/lib/generated/prisma/enums";

vi.mock("@/lib/auth/session", () => import("@/tests/support/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const PARALLEL = 50;
let world: World;

beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

const succeeded = (o: Outcome) => o.type === "state" && o.state.status === "success";
const conflicted = (o: Outcome) => o.type === "state" && o.state.status === "error" && o.state.kind === "conflict";

describe("50 parallel conflicting stage moves on one engagement", () => {
  it("applies exactly one, records one history entry, bumps the version once; the rest are told to reload", async () => {
    const engagement = await findEngagement(world.programme.id, world.partnerB.id, "LEGAL");
    const before = await db.engagement.findUniqueOrThrow({ where: { id: engagement.id } });
    const eventsBefore = await db.engagementEvent.count({ where: { engagementId: engagement.id } });
    const auditBefore = await db.auditLog.count({ where: { entityId: engagement.id } });
    // Everyone allowed to move it, each wanting something different, all from the same version.
    // (Only the team leader may mark an engagement "not applicable".)
    const choices: { person: World["leader"]; to: EngagementStage; note: string }[] = [
      { person: world.leader, to: "NOT_APPLICABLE", note: "No legal review needed for this course." },
      { person: world.staffB, to: "CONTACTED", note: "" },
      { person: world.legalB, to: "BLOCKED", note: "Waiting for the legal template." },
      { person: world.leader, to: "CONTACTED", note: "Called them." },
      { person: world.staffB, to: "BLOCKED", note: "Registrar on leave." },
    ];
    const calls = Array.from({ length: PARALLEL }, (_, i) => choices[i % choices.length]!);
    const outcomes = await Promise.all(
      calls.map((c) =>
        callAction(moveEngagement, { engagementId: engagement.id, to: c.to, version: before.version, note: c.note }, c.person),
      ),
    );

    const winners = outcomes.flatMap((o, i) => (succeeded(o) ? [calls[i]!] : []));
    expect(winners).toHaveLength(1);
    const losers = outcomes.filter((o) => !succeeded(o));
    expect(losers.filter((o) => !conflicted(o)).map(describeOutcome)).toEqual([]);

    const after = await db.engagement.findUniqueOrThrow({ where: { id: engagement.id } });
    expect(after.version).toBe(before.version + 1);
    expect(after.stage).toBe(winners[0]!.to);
    const events = await db.engagementEvent.findMany({ where: { engagementId: engagement.id }, orderBy: { at: "asc" } });
    expect(events).toHaveLength(eventsBefore + 1);
    const last = events.at(-1)!;
    expect({ from: last.fromStage, to: last.toStage, actor: last.actorId }).toEqual({
      from: before.stage,
      to: winners[0]!.to,
      actor: winners[0]!.person.id,
    });
    expect(await db.auditLog.count({ where: { entityId: engagement.id } })).toBe(auditBefore + 1);
  });
});

describe("50 parallel card moves on one board", () => {
  it("loses no update: one winner per card and version, winners applied exactly, every column in replayable order", async () => {
    const CARDS = 10;
    const issues: { id: string }[] = [];
    for (let i = 0; i < CARDS; i++) {
      issues.push(
        await createBoardIssue({
          programmeId: world.programme.id,
          authorId: world.staffA.id,
          createdDaysAgo: 3,
          title: `Card ${i}`,
          services: ["LEGAL"],
        }),
      );
    }
    const initial = await db.boardIssue.findMany({
      where: { programmeId: world.programme.id },
      select: { id: true, number: true, version: true, status: true, position: true },
    });
    const version = new Map(initial.map((r) => [r.id, r.version]));
    const statuses: IssueStatus[] = ["OPEN", "IN_PROGRESS", "WAITING_ON_PARTNER"];
    // Deterministic spread: every card is fought over by 5 moves to different columns and places.
    const calls = Array.from({ length: PARALLEL }, (_, i) => ({
      issueId: issues[i % CARDS]!.id,
      toStatus: statuses[(i * 7) % statuses.length]!,
      toIndex: (i * 3) % 6,
      person: i % 2 ? world.leader : world.legalB,
    }));
    const eventsBefore = await db.boardIssueEvent.count();
    const outcomes = await Promise.all(
      calls.map((c) =>
        callAction(
          moveIssueAction,
          { issueId: c.issueId, toStatus: c.toStatus, toIndex: c.toIndex, version: version.get(c.issueId) },
          c.person,
        ),
      ),
    );
    expect(outcomes.filter((o) => !succeeded(o) && !conflicted(o)).map(describeOutcome)).toEqual([]);

    // Exactly one winner per card (all moves of a card carried the same version).
    const winners = new Map<string, (typeof calls)[number]>();
    outcomes.forEach((o, i) => {
      if (!succeeded(o)) return;
      const c = calls[i]!;
      expect(winners.has(c.issueId), `two winners for one card`).toBe(false);
      winners.set(c.issueId, c);
    });
    expect(winners.size).toBe(CARDS);

    const final = await db.boardIssue.findMany({
      where: { programmeId: world.programme.id },
      select: { id: true, number: true, status: true, position: true, version: true },
    });
    for (const row of final) {
      expect(row.status).toBe(winners.get(row.id)!.toStatus);
      expect(row.version).toBe(version.get(row.id)! + 1);
    }
    // Order within a column: by stored position (gapped), then number. No two cards share a place.
    const placeOf = new Map<string, number>();
    for (const status of statuses) {
      const column = final.filter((r) => r.status === status).sort((a, b) => a.position - b.position || a.number - b.number);
      expect(new Set(column.map((r) => r.position)).size, `duplicate positions in ${status}`).toBe(column.length);
      column.forEach((r, i) => placeOf.set(r.id, i));
    }
    // History: one MOVED event per winner, by the winner, saying where the card went.
    const events = await db.boardIssueEvent.findMany({ where: { issue: { programmeId: world.programme.id } }, orderBy: { at: "asc" } });
    expect(events.length - eventsBefore).toBe(CARDS);
    for (const [issueId, winner] of winners) {
      const moved = events.filter((e) => e.issueId === issueId && e.kind === "MOVED");
      expect(moved).toHaveLength(1);
      expect(moved[0]!.actorId).toBe(winner.person.id);
      expect((moved[0]!.changes as { status: { to: string } }).status.to).toBe(winner.toStatus);
    }
    // Ordering: replaying the winning moves (their audit rows record places 0..n-1 in the column) in
    // commit order (audit ids come from a sequence, taken under the board lock) must reproduce every
    // column exactly.
    const audit = await db.auditLog.findMany({ where: { programmeId: world.programme.id, action: "moveIssue" }, orderBy: { id: "asc" } });
    expect(audit).toHaveLength(CARDS);
    const columns = new Map<string, string[]>(statuses.map((s) => [s, []]));
    for (const r of [...initial].sort((a, b) => a.position - b.position || a.number - b.number)) columns.get(r.status)!.push(r.id);
    for (const entry of audit) {
      const before = entry.before as { status: string; position: number };
      const after = entry.after as { status: string; position: number };
      const winner = winners.get(entry.entityId)!;
      const from = columns.get(before.status)!;
      expect(from.indexOf(entry.entityId)).toBe(before.position);
      from.splice(before.position, 1);
      const to = columns.get(after.status)!;
      expect(after.position).toBe(Math.min(winner.toIndex, to.length));
      to.splice(after.position, 0, entry.entityId);
    }
    for (const row of final) expect(columns.get(row.status)!.indexOf(row.id)).toBe(placeOf.get(row.id));
  });
});

describe("20 parallel requests for the same state change: one winner, one history entry, one audit row", () => {
  const PARALLEL_SAME = 20;
  /** Runs `call` 20 times at once; the outcomes, as "success"/"redirect" or the error kind. */
  async function race(call: () => Promise<Outcome>): Promise<Record<string, number>> {
    const outcomes = await Promise.all(Array.from({ length: PARALLEL_SAME }, call));
    const counts: Record<string, number> = {};
    for (const o of outcomes) {
      const key = o.type === "state" ? (o.state.status === "success" ? "success" : (o.state.kind ?? describeOutcome(o))) : o.type;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return counts;
  }
  const partnerRow = () =>
    db.programmePartner.findUniqueOrThrow({
      where: { programmeId_institutionId: { programmeId: world.programme.id, institutionId: world.partnerB.id } },
    });

  it("removing a partner, then restoring it", async () => {
    const partner = await partnerRow();
    const input = { programmeId: world.programme.id, institutionId: world.partnerB.id };
    expect(await race(() => callAction(archivePartnerAction, input, world.leader))).toEqual({ success: 1, conflict: PARALLEL_SAME - 1 });
    expect(await db.engagementEvent.count({ where: { kind: "ARCHIVED", engagement: { institutionId: world.partnerB.id } } })).toBe(6);
    expect(await db.auditLog.count({ where: { action: "archivePartner", entityId: partner.id } })).toBe(1);

    expect(await race(() => callAction(restorePartnerAction, input, world.leader))).toEqual({ success: 1, conflict: PARALLEL_SAME - 1 });
    expect(await db.engagementEvent.count({ where: { kind: "RESTORED", engagement: { institutionId: world.partnerB.id } } })).toBe(6);
    expect(await db.auditLog.count({ where: { action: "restorePartner", entityId: partner.id } })).toBe(1);
  });

  it("removing an attachment", async () => {
    const engagement = await findEngagement(world.programme.id, world.partnerA.id, "LEGAL");
    const entry = await logAdviceEntry({
      engagementId: engagement.id,
      authorId: world.staffA.id,
      givenDaysAgo: 1,
      givenByName: "Dr. Registrar",
      summary: "Signed agreement attached",
      kind: "DECISION",
    });
    const attachment = await db.attachment.create({
      data: {
        adviceId: entry.id,
        fileName: "agreement.txt",
        mimeType: "text/plain",
        size: 2,
        sha256: "0".repeat(64),
        content: new Uint8Array([111, 107]),
        uploadedById: world.staffA.id,
      },
    });
    const outcomes = await race(() => callAction(removeAttachmentAction, { attachmentId: attachment.id }, world.staffA));
    expect(outcomes.success).toBe(1);
    expect((outcomes.conflict ?? 0) + (outcomes.not_found ?? 0)).toBe(PARALLEL_SAME - 1);
    expect(await db.auditLog.count({ where: { action: "removeAttachment", entityId: attachment.id } })).toBe(1);
  });

  it("deactivating an account, then reactivating it", async () => {
    const person = world.staffB;
    const deactivated = await race(() =>
      callAction(deactivateUserAction, { userId: person.id, reason: "Left the university." }, world.admin),
    );
    expect(deactivated).toEqual({ success: 1, conflict: PARALLEL_SAME - 1 });
    expect(await db.auditLog.count({ where: { action: "deactivateUser", entityId: person.id } })).toBe(1);
    const reactivated = await race(() => callAction(reactivateUserAction, { userId: person.id }, world.admin));
    expect(reactivated).toEqual({ success: 1, conflict: PARALLEL_SAME - 1 });
    expect(await db.auditLog.count({ where: { action: "reactivateUser", entityId: person.id } })).toBe(1);
  });

  it("adding the same partner, member or task-force seat, and freeing the same seat: one wins, the others hear it is done", async () => {
    const institution = await createInstitution();
    const addPartner = await race(() =>
      callAction(addPartnerAction, { programmeId: world.programme.id, institutionId: institution.id }, world.leader),
    );
    expect(addPartner).toEqual({ success: 1, conflict: PARALLEL_SAME - 1 });

    // A new colleague at the leader's own institution: the account is created once, the invitation made once.
    const member = {
      programmeId: world.programme.id,
      email: "new.person@lead.test",
      name: "New Person",
      role: "PARTNER_STAFF",
      institutionId: world.lead.id,
    };
    const addMember = await race(() => callAction(addMemberAction, member, world.leader));
    expect(Object.keys(addMember).filter((k) => k !== "success" && k !== "conflict")).toEqual([]);
    expect(await db.user.count({ where: { email: member.email } })).toBe(1);
    expect(await db.invitation.count({ where: { programmeId: world.programme.id, user: { email: member.email } } })).toBe(1);

    const seat = { programmeId: world.programme.id, institutionId: world.partnerA.id, service: "IT", userId: world.staffA.id };
    expect(await race(() => callAction(addRepresentativeAction, seat, world.leader))).toEqual({ success: 1, conflict: PARALLEL_SAME - 1 });
    const representation = await db.taskForceRepresentation.findFirstOrThrow({
      where: { service: "IT", membership: { userId: world.staffA.id } },
    });
    const freed = await race(() => callAction(removeRepresentativeAction, { representationId: representation.id }, world.leader));
    expect(freed.success).toBe(1);
    expect((freed.conflict ?? 0) + (freed.not_found ?? 0)).toBe(PARALLEL_SAME - 1);
    expect(await db.auditLog.count({ where: { action: "removeRepresentative" } })).toBe(1);
  });
});
