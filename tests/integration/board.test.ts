import { beforeEach, describe, expect, it } from "vitest";
import { addMemberTo, createUser, createWorld, type World } from "@/tests/factories";
import { db, resetDatabase, tableFingerprint } from "@/tests/support/database";
import { loadProgrammeActor } from "@/lib/programmes/data";
import { can } from "@/lib/auth/permissions";
import {
  addComment,
  assignIssue,
  closeIssue,
  createIssue,
  createIssueInTx,
  editIssue,
  moveIssue,
  reopenIssue,
  resolveIssue,
  type CreateIssueData,
} from "@/lib/board/mutations";
import { COLUMN_PAGE_SIZE, getBoardColumns, getIssueDetail, listIssues } from "@/lib/board/data";
import { boardListener, type BoardEvent } from "@/lib/board/realtime";
import { boardFilterSchema } from "@/lib/board/schema";
import { ExpectedError } from "@/lib/errors";
import { inEnglish } from "@/tests/support/english";

/** What a refused change tells an English reader (the refusal is a Message, said in the reader's language). */
async function refusal(change: Promise<unknown>): Promise<string> {
  try {
    await change;
  } catch (error) {
    if (error instanceof ExpectedError) return inEnglish(error.said);
    throw error;
  }
  throw new Error("The change was not refused.");
}

function issueData(world: World, overrides: Partial<CreateIssueData> = {}): CreateIssueData {
  return {
    programmeId: world.programme.id,
    authorId: world.staffA.id,
    title: "Exam regulations differ",
    description: "",
    services: ["LEGAL"],
    institutionId: world.partnerB.id,
    priority: "NORMAL",
    dueDate: null,
    labels: [],
    escalation: null,
    engagementId: null,
    adviceId: null,
    ...overrides,
  };
}

async function columnPositions(programmeId: string) {
  const rows = await db.boardIssue.findMany({ where: { programmeId }, select: { status: true, position: true, id: true } });
  const byStatus = new Map<string, number[]>();
  for (const r of rows) byStatus.set(r.status, [...(byStatus.get(r.status) ?? []), r.position]);
  return byStatus;
}

/** Positions are gapped, not dense: within a column they must be unique (a strict order, no ties). */
function expectStrictOrder(byStatus: Map<string, number[]>) {
  for (const [, positions] of byStatus) {
    const sorted = [...positions].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]).toBeGreaterThan(sorted[i - 1]!);
  }
}

/** Each column's issue ids in board order (position, then number, as the board shows them). */
async function boardOrder(programmeId: string) {
  const rows = await db.boardIssue.findMany({
    where: { programmeId },
    orderBy: [{ position: "asc" }, { number: "asc" }],
    select: { id: true, status: true },
  });
  const columns = new Map<string, string[]>();
  for (const r of rows) columns.set(r.status, [...(columns.get(r.status) ?? []), r.id]);
  return columns;
}

/** Replays the moves recorded in the audit trail (commit order) on the starting columns. */
async function replayMoves(programmeId: string, start: Map<string, string[]>) {
  const columns = new Map([...start].map(([s, ids]) => [s, [...ids]]));
  const audit = await db.auditLog.findMany({
    where: { programmeId, action: { in: ["moveIssue", "resolveIssue", "reopenIssue"] } },
    orderBy: { id: "asc" },
  });
  for (const entry of audit) {
    const before = entry.before as { status: string; position: number };
    const after = entry.after as { status: string; position: number };
    const from = columns.get(before.status) ?? [];
    expect(from.indexOf(entry.entityId)).toBe(before.position);
    from.splice(before.position, 1);
    columns.set(before.status, from);
    const to = columns.get(after.status) ?? [];
    to.splice(after.position, 0, entry.entityId);
    columns.set(after.status, to);
  }
  for (const [s, ids] of [...columns]) if (ids.length === 0) columns.delete(s);
  return columns;
}

describe("board issues", () => {
  let world: World;
  beforeEach(async () => {
    await resetDatabase();
    world = await createWorld();
  });

  describe("routing", () => {
    it("assigns the representative of the service at the institution concerned", async () => {
      const issue = await createIssue(issueData(world));
      expect(issue.number).toBe(1);
      expect(issue.assigneeId).toBe(world.legalB.id);
      const second = await createIssue(issueData(world, { title: "Second" }));
      expect(second.number).toBe(2);
    });

    it("falls back to the lead institution's representative, then to nobody", async () => {
      expect((await createIssue(issueData(world, { institutionId: world.partnerA.id }))).assigneeId).toBeNull();
      const leadLegal = await createUser({ name: "Lia Lead Legal", institutionId: world.lead.id });
      await addMemberTo(world.programme.id, world.leader.id, leadLegal, "TASK_FORCE", world.lead.id, ["LEGAL", "IT"]);
      expect((await createIssue(issueData(world, { institutionId: world.partnerA.id }))).assigneeId).toBe(leadLegal.id);
      expect((await createIssue(issueData(world, { institutionId: world.partnerB.id }))).assigneeId).toBe(world.legalB.id);
      expect((await createIssue(issueData(world, { services: ["STUDENT_ADMINISTRATION"] }))).assigneeId).toBeNull();
    });

    it("keeps an explicit assignee and refuses one who is not task force or team leader", async () => {
      expect((await createIssue(issueData(world, { assigneeId: world.leader.id }))).assigneeId).toBe(world.leader.id);
      expect((await createIssue(issueData(world, { assigneeId: null }))).assigneeId).toBeNull();
      const before = await tableFingerprint();
      expect(await refusal(createIssue(issueData(world, { assigneeId: world.staffB.id })))).toMatch(/task-force member or the team leader/);
      expect(await tableFingerprint()).toBe(before);
    });

    it("lets another transaction create an issue (the advice follow-up) and rolls back with it", async () => {
      await expect(
        db.$transaction(async (tx) => {
          await createIssueInTx(tx, issueData(world));
          throw new Error("advice failed");
        }),
      ).rejects.toThrow("advice failed");
      expect(await db.boardIssue.count()).toBe(0);
      const issue = await db.$transaction((tx) => createIssueInTx(tx, issueData(world)));
      expect(issue.number).toBe(1); // the number used by the rolled-back attempt is not burnt
    });
  });

  describe("permissions", () => {
    it("follow the role table against database state", async () => {
      const issue = await createIssue(issueData(world));
      const target = { institutionId: world.partnerB.id, authorId: world.staffA.id };
      const actorOf = async (u: { id: string }) => (await loadProgrammeActor({ id: u.id, isPlatformAdmin: false }, world.programme.id))!;
      const [leader, staffA, staffB, legalB, outsider] = await Promise.all(
        [world.leader, world.staffA, world.staffB, world.legalB, world.outsider].map(actorOf),
      );
      for (const action of ["board.create", "board.comment"] as const) {
        for (const a of [leader!, staffA!, staffB!, legalB!]) expect(can(a, action, target)).toBe(true);
        expect(can(outsider!, action, target)).toBe(false);
      }
      for (const action of ["board.move", "board.assign", "board.edit"] as const) {
        expect(can(leader!, action, target)).toBe(true);
        expect(can(legalB!, action, target)).toBe(true);
        expect(can(staffA!, action, target)).toBe(false);
        expect(can(staffB!, action, target)).toBe(false);
        expect(can(outsider!, action, target)).toBe(false);
      }
      expect(can(staffA!, "board.editText", target)).toBe(true); // the author
      expect(can(staffB!, "board.editText", target)).toBe(false);
      expect(can(outsider!, "board.editText", target)).toBe(false);
      expect(outsider!.memberships).toEqual([]);
      // Nobody outside sees the issue: the detail lookup is scoped to the programme.
      expect(await getIssueDetail(world.otherProgramme.id, issue.number)).toBeNull();
    });
  });

  describe("ordering", () => {
    it("appends new issues to Open and keeps a strict order across moves", async () => {
      const a = await createIssue(issueData(world, { title: "A" }));
      const b = await createIssue(issueData(world, { title: "B" }));
      const c = await createIssue(issueData(world, { title: "C" }));
      await moveIssue(world.leader.id, { issueId: c.id, toStatus: "OPEN", toIndex: 0, version: 0 });
      let open = await db.boardIssue.findMany({ where: { status: "OPEN" }, orderBy: { position: "asc" }, select: { title: true } });
      expect(open.map((i) => i.title)).toEqual(["C", "A", "B"]);
      await moveIssue(world.leader.id, { issueId: a.id, toStatus: "IN_PROGRESS", toIndex: 5, version: 0 });
      open = await db.boardIssue.findMany({ where: { status: "OPEN" }, orderBy: { position: "asc" }, select: { title: true } });
      expect(open.map((i) => i.title)).toEqual(["C", "B"]);
      expect((await boardOrder(world.programme.id)).get("IN_PROGRESS")).toEqual([a.id]);
      expectStrictOrder(await columnPositions(world.programme.id));
      void b;
    });

    it("stays strictly ordered and consistent under 20 concurrent moves (the order the moves imply)", async () => {
      const issues = await db.$transaction(async (tx) => {
        const created = [];
        for (let i = 0; i < 20; i++) created.push(await createIssueInTx(tx, issueData(world, { title: `Issue ${i}` })));
        return created;
      });
      const start = await boardOrder(world.programme.id);
      const statuses = ["OPEN", "IN_PROGRESS", "WAITING_ON_PARTNER"] as const;
      const moves = issues.map((issue, i) =>
        moveIssue(i % 2 ? world.leader.id : world.legalB.id, {
          issueId: issue.id,
          toStatus: statuses[i % 3]!,
          toIndex: (i * 7) % 5,
          version: 0,
        }),
      );
      const results = await Promise.allSettled(moves);
      expect(results.filter((r) => r.status === "rejected")).toEqual([]);
      expectStrictOrder(await columnPositions(world.programme.id));
      expect(await boardOrder(world.programme.id)).toEqual(await replayMoves(world.programme.id, start));
      const counts = await db.boardIssue.groupBy({ by: ["status"], _count: { _all: true } });
      expect(Object.fromEntries(counts.map((c) => [c.status, c._count._all]))).toEqual({ OPEN: 7, IN_PROGRESS: 7, WAITING_ON_PARTNER: 6 });
      const second = issues
        .slice(0, 20)
        .map((issue, i) => moveIssue(world.leader.id, { issueId: issue.id, toStatus: statuses[(i + 1) % 3]!, toIndex: i % 4, version: 1 }));
      expect((await Promise.allSettled(second)).filter((r) => r.status === "rejected")).toEqual([]);
      expectStrictOrder(await columnPositions(world.programme.id));
      expect(await boardOrder(world.programme.id)).toEqual(await replayMoves(world.programme.id, start));
      expect(await db.boardIssue.count()).toBe(20);
      const events = await db.boardIssueEvent.count({ where: { kind: "MOVED" } });
      expect(events).toBe(40);
    });

    it("lets only one of two concurrent moves of the same card win; the other learns the new state", async () => {
      const issue = await createIssue(issueData(world));
      await createIssue(issueData(world, { title: "Other" }));
      const results = await Promise.allSettled([
        moveIssue(world.leader.id, { issueId: issue.id, toStatus: "IN_PROGRESS", toIndex: 0, version: 0 }),
        moveIssue(world.legalB.id, { issueId: issue.id, toStatus: "WAITING_ON_PARTNER", toIndex: 0, version: 0 }),
      ]);
      const won = results.filter((r) => r.status === "fulfilled");
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      const row = await db.boardIssue.findUniqueOrThrow({ where: { id: issue.id } });
      expect(row.version).toBe(1);
      expect(inEnglish((lost[0]!.reason as ExpectedError).said)).toMatch(
        /Someone else changed #1 a moment ago\. It is now in "(In progress|Waiting on partner)"/,
      );
      expect((lost[0]!.reason as { kind: string }).kind).toBe("conflict");
      expect(await db.boardIssueEvent.count({ where: { issueId: issue.id, kind: "MOVED" } })).toBe(1);
      expectStrictOrder(await columnPositions(world.programme.id));
    });

    it("moves a card by writing only that card while a gap is left, and renumbers only its column when none is", async () => {
      const cards = await db.$transaction(async (tx) => {
        const created = [];
        for (let i = 0; i < 6; i++) created.push(await createIssueInTx(tx, issueData(world, { title: `Card ${i}`, assigneeId: null })));
        return created;
      });
      const start = await boardOrder(world.programme.id);
      const snapshot = async () =>
        new Map((await db.boardIssue.findMany({ select: { id: true, position: true } })).map((r) => [r.id, r.position]));
      const before = await snapshot();
      // Card 5 goes between cards 0 and 1: only card 5's row changes.
      const moved = await moveIssue(world.leader.id, { issueId: cards[5]!.id, toStatus: "OPEN", toIndex: 1, version: 0 });
      expect(moved.position).toBe(1);
      const after = await snapshot();
      expect([...after].filter(([id, p]) => before.get(id) !== p).map(([id]) => id)).toEqual([cards[5]!.id]);
      // Keep squeezing cards between the first two until the gap is used up (more halvings than the step allows).
      const versions = new Map(cards.map((c) => [c.id, 0]));
      versions.set(cards[5]!.id, 1);
      for (let i = 0; i < 14; i++) {
        const card = cards[2 + (i % 4)]!;
        await moveIssue(world.leader.id, { issueId: card.id, toStatus: "OPEN", toIndex: 1, version: versions.get(card.id)! });
        versions.set(card.id, versions.get(card.id)! + 1);
      }
      expectStrictOrder(await columnPositions(world.programme.id));
      expect(await boardOrder(world.programme.id)).toEqual(await replayMoves(world.programme.id, start));
      expect((await boardOrder(world.programme.id)).get("OPEN")![0]).toBe(cards[0]!.id);
    });

    it("gives cards on a filtered board their place in the whole column, so moves land where they are shown", async () => {
      const [first, second, third] = await db.$transaction(async (tx) => [
        await createIssueInTx(tx, issueData(world, { title: "Plain one", assigneeId: null })),
        await createIssueInTx(tx, issueData(world, { title: "Tagged two", assigneeId: null, labels: ["visa"] })),
        await createIssueInTx(tx, issueData(world, { title: "Tagged three", assigneeId: null, labels: ["visa"] })),
      ]);
      const open = (await getBoardColumns(world.programme.id, boardFilterSchema.parse({ label: "visa" }), world.leader.id)).find(
        (c) => c.status === "OPEN",
      )!;
      expect(open.cards.map((c) => [c.id, c.position])).toEqual([
        [second.id, 1],
        [third.id, 2],
      ]);
      void first;
    });

    it("shows the first COLUMN_PAGE_SIZE cards per column with the full count, and all on request", async () => {
      const created = COLUMN_PAGE_SIZE + 5;
      await db.$transaction(async (tx) => {
        for (let i = 0; i < created; i++) await createIssueInTx(tx, issueData(world, { title: `Bulk ${i}`, assigneeId: null }));
      });
      const filters = boardFilterSchema.parse({});
      const open = (await getBoardColumns(world.programme.id, filters, world.leader.id)).find((c) => c.status === "OPEN")!;
      expect(open.total).toBe(created);
      expect(open.cards).toHaveLength(COLUMN_PAGE_SIZE);
      expect(open.limited).toBe(true);
      const all = (await getBoardColumns(world.programme.id, boardFilterSchema.parse({ more: "OPEN" }), world.leader.id)).find(
        (c) => c.status === "OPEN",
      )!;
      expect(all.cards).toHaveLength(created);
    });
  });

  describe("status rules and history", () => {
    it("requires a resolution note and a close reason", async () => {
      const issue = await createIssue(issueData(world));
      expect(await refusal(moveIssue(world.leader.id, { issueId: issue.id, toStatus: "RESOLVED", toIndex: 0, version: 0 }))).toMatch(
        /resolution note/,
      );
      expect(await refusal(moveIssue(world.leader.id, { issueId: issue.id, toStatus: "CLOSED", toIndex: 0, version: 0 }))).toMatch(
        /Only a resolved issue moves to Closed.*Close without resolving/,
      );
    });

    it("moves a Resolved issue on to Closed, keeping its resolution, with history and audit rows", async () => {
      const issue = await createIssue(issueData(world));
      await resolveIssue(world.leader.id, { issueId: issue.id, version: 0, resolutionNote: "Agreed in the joint exam board." });
      const before = await tableFingerprint();
      const closed = await moveIssue(world.leader.id, { issueId: issue.id, toStatus: "CLOSED", toIndex: 0, version: 1 });
      expect(closed).toMatchObject({ status: "CLOSED", version: 2, position: 0, fromStatus: "RESOLVED" });
      expect(await tableFingerprint()).not.toEqual(before);

      const detail = (await getIssueDetail(world.programme.id, closed.number))!;
      expect(detail).toMatchObject({
        status: "CLOSED",
        resolutionNote: "Agreed in the joint exam board.",
        closeReason: null,
        closeNote: null,
      });
      expect(detail.events.at(-1)).toMatchObject({ kind: "CLOSED", changes: { status: { from: "RESOLVED", to: "CLOSED" } } });
      const audit = await db.auditLog.findFirst({ where: { entityId: issue.id }, orderBy: { id: "desc" } });
      expect(audit).toMatchObject({
        action: "closeIssue",
        before: { status: "RESOLVED", position: 0 },
        after: { status: "CLOSED", position: 0 },
      });
      const columns = await getBoardColumns(world.programme.id, boardFilterSchema.parse({}), world.leader.id);
      expect(columns.find((c) => c.status === "RESOLVED")!.total).toBe(0);
      expect(columns.find((c) => c.status === "CLOSED")!.cards.map((c) => c.id)).toEqual([issue.id]);

      // Every column but Resolved still needs the reason a close without a solution asks for.
      const open = await createIssue(issueData(world));
      for (const toStatus of ["IN_PROGRESS", "WAITING_ON_PARTNER"] as const) {
        const current = (await db.boardIssue.findUniqueOrThrow({ where: { id: open.id } })).version;
        await moveIssue(world.leader.id, { issueId: open.id, toStatus, toIndex: 0, version: current });
        expect(
          await refusal(moveIssue(world.leader.id, { issueId: open.id, toStatus: "CLOSED", toIndex: 0, version: current + 1 })),
        ).toMatch(/Only a resolved issue moves to Closed/);
      }
    });

    it("records every change with who, when and what", async () => {
      const leadLegal = await createUser({ name: "Lia", institutionId: world.lead.id });
      await addMemberTo(world.programme.id, world.leader.id, leadLegal, "TASK_FORCE", world.lead.id, ["LEGAL"]);
      const issue = await createIssue(issueData(world));
      await moveIssue(world.legalB.id, { issueId: issue.id, toStatus: "IN_PROGRESS", toIndex: 0, version: 0 });
      await assignIssue(world.leader.id, { issueId: issue.id, version: 1, assigneeId: leadLegal.id });
      await editIssue(world.staffA.id, {
        issueId: issue.id,
        version: 2,
        title: "Exam regulations differ between A and B",
        description: "See **rules**",
        priority: "HIGH",
        dueDate: new Date("2027-01-15T00:00:00Z"),
      });
      await addComment(world.staffB.id, { issueId: issue.id, body: "We have the same rule." });
      await resolveIssue(world.legalB.id, { issueId: issue.id, version: 3, resolutionNote: "Aligned in the joint exam rules." });
      await reopenIssue(world.leader.id, { issueId: issue.id, version: 4 });
      await closeIssue(world.leader.id, { issueId: issue.id, version: 5, closeReason: "DUPLICATE", closeNote: "Same as #2" });

      const detail = (await getIssueDetail(world.programme.id, issue.number))!;
      expect(detail.events.map((e) => [e.kind, e.actor.name])).toEqual([
        ["CREATED", "Ana Staff"],
        ["MOVED", "Lex Taskforce"],
        ["ASSIGNED", "Lea Leader"],
        ["EDITED", "Ana Staff"],
        ["COMMENTED", "Bo Staff"],
        ["RESOLVED", "Lex Taskforce"],
        ["REOPENED", "Lea Leader"],
        ["CLOSED", "Lea Leader"],
      ]);
      // Why the routing chose the assignee is kept as data, said later in each reader's language.
      expect(detail.events[0]!.changes).toMatchObject({
        assigneeId: world.legalB.id,
        routing: { rule: "atInstitution", name: "Lex Taskforce", service: "LEGAL", institutionId: world.partnerB.id },
      });
      expect(detail.events[2]!.changes).toEqual({ assigneeId: { from: world.legalB.id, to: leadLegal.id } });
      expect(detail.events[3]!.changes).toMatchObject({
        after: { priority: "HIGH", dueDate: "2027-01-15", title: "Exam regulations differ between A and B" },
      });
      expect(detail.events[5]!.changes).toMatchObject({ resolutionNote: "Aligned in the joint exam rules." });
      expect(detail.events.every((e) => e.at instanceof Date)).toBe(true);
      expect(detail.status).toBe("CLOSED");
      expect(detail.closeReason).toBe("DUPLICATE");
      expect(detail.comments.map((c) => c.body)).toEqual(["We have the same rule."]);
      const audit = await db.auditLog.findMany({ where: { entityId: issue.id }, orderBy: { id: "asc" }, select: { action: true } });
      expect(audit.map((a) => a.action)).toEqual([
        "createIssue",
        "moveIssue",
        "assignIssue",
        "editIssue",
        "commentIssue",
        "resolveIssue",
        "reopenIssue",
        "closeIssue",
      ]);
      expectStrictOrder(await columnPositions(world.programme.id));
    });

    it("refuses a stale edit without changing anything", async () => {
      const issue = await createIssue(issueData(world));
      await editIssue(world.leader.id, { issueId: issue.id, version: 0, title: "Fresh title", description: "" });
      const before = await tableFingerprint();
      expect(await refusal(editIssue(world.legalB.id, { issueId: issue.id, version: 0, title: "Stale title", description: "" }))).toMatch(
        /Someone else changed #1 a moment ago\. It is now in "Open" at position 1, assigned to Lex Taskforce\. The board now shows/,
      );
      expect(await tableFingerprint()).toBe(before);
    });
  });

  describe("filters and list", () => {
    it("filters by service, institution, assignee, overdue, label and text; sorts by priority", async () => {
      await createIssue(
        issueData(world, {
          title: "Visa letters",
          services: ["INTERNATIONALISATION"],
          institutionId: world.partnerA.id,
          labels: ["visa"],
          priority: "URGENT",
          dueDate: new Date("2020-01-01T00:00:00Z"),
        }),
      );
      await createIssue(issueData(world, { title: "Exam rules", priority: "LOW" }));
      const f = (raw: Record<string, string>) => boardFilterSchema.parse(raw);
      const titles = async (raw: Record<string, string>) =>
        (await listIssues(world.programme.id, f(raw), world.legalB.id)).rows.map((r) => r.title);
      expect(await titles({ service: "LEGAL" })).toEqual(["Exam rules"]);
      expect(await titles({ institution: world.partnerA.id })).toEqual(["Visa letters"]);
      expect(await titles({ mine: "1" })).toEqual(["Exam rules"]);
      expect(await titles({ overdue: "1" })).toEqual(["Visa letters"]);
      expect(await titles({ label: "visa" })).toEqual(["Visa letters"]);
      expect(await titles({ q: "exam" })).toEqual(["Exam rules"]);
      expect(await titles({ q: "#1" })).toEqual(["Visa letters"]);
      expect(await titles({ sort: "priority" })).toEqual(["Visa letters", "Exam rules"]);
      expect(await titles({ sort: "priority", dir: "asc" })).toEqual(["Exam rules", "Visa letters"]);
      expect(await titles({ sort: "number", dir: "desc" })).toEqual(["Exam rules", "Visa letters"]);
      expect(await titles({ assignee: "none" })).toEqual(["Visa letters"]);
      // Search text is data: LIKE wildcards and quotes match themselves.
      await createIssue(issueData(world, { title: "Fee waiver of 50% for 'early_birds'" }));
      expect(await titles({ q: "50%" })).toEqual(["Fee waiver of 50% for 'early_birds'"]);
      expect(await titles({ q: "y_b" })).toEqual(["Fee waiver of 50% for 'early_birds'"]);
      expect(await titles({ q: "%" })).toEqual(["Fee waiver of 50% for 'early_birds'"]);
      expect(await titles({ q: "_" })).toEqual(["Fee waiver of 50% for 'early_birds'"]);
      expect(await titles({ q: '0\'; DROP TABLE "BoardIssue"; --' })).toEqual([]);
    });
  });

  describe("realtime", () => {
    it("notifies listeners on commit, not on rollback", async () => {
      const received: BoardEvent[] = [];
      const unsubscribe = boardListener.subscribe(world.programme.id, (e) => received.push(e));
      try {
        await new Promise((r) => setTimeout(r, 300)); // LISTEN connection established
        await expect(
          db.$transaction(async (tx) => {
            await createIssueInTx(tx, issueData(world));
            throw new Error("rolled back");
          }),
        ).rejects.toThrow();
        const issue = await createIssue(issueData(world));
        await moveIssue(world.leader.id, { issueId: issue.id, toStatus: "IN_PROGRESS", toIndex: 0, version: 0 });
        await new Promise((r) => setTimeout(r, 300));
        expect(received).toEqual([
          { programmeId: world.programme.id, issueId: issue.id, kind: "created" },
          { programmeId: world.programme.id, issueId: issue.id, kind: "moved" },
        ]);
      } finally {
        unsubscribe();
      }
    });
  });
});
