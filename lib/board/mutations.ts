import "server-only";
import { db, type Tx } from "@/lib/db";
import { changedFields, writeAudit } from "@/lib/audit/mutations";
import { conflict, invalid, notFound } from "@/lib/errors";
import type { EscalationLevel, IssueCloseReason, IssuePriority, IssueStatus, Service } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { BOARD_CHANNEL, type BoardEvent, type BoardEventKind } from "./realtime";
import { proposeAssignee } from "./routing";
import { DONE_STATUSES, STATUS_LABELS } from "./schema";

// Ordering: `position` is gapped (steps of POSITION_STEP) and strictly increasing within
// (programmeId, status). A move writes only the moved card (the midpoint between its new neighbours);
// only when no gap is left is that one column renumbered. Callers speak in indexes (0-based place in
// the column without the moved card); positions never leave this module. Every change of status or
// position takes one advisory lock per programme for the rest of its transaction, so concurrent
// moves are serialised and always see a consistent column. The card's
// `version` makes a stale move fail loudly instead of silently overwriting a newer one.

const TX_OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;

async function lockBoard(tx: Tx, programmeId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(7301, hashtext(${programmeId}))`;
}

const issueState = {
  id: true,
  programmeId: true,
  number: true,
  title: true,
  description: true,
  services: true,
  institutionId: true,
  priority: true,
  assigneeId: true,
  dueDate: true,
  labels: true,
  status: true,
  position: true,
  escalation: true,
  resolutionNote: true,
  closeReason: true,
  closeNote: true,
  engagementId: true,
  adviceId: true,
  authorId: true,
  version: true,
} as const satisfies Prisma.BoardIssueSelect;

type IssueState = Prisma.BoardIssueGetPayload<{ select: typeof issueState }>;

async function loadForUpdate(tx: Tx, issueId: string, expectedVersion: number): Promise<IssueState> {
  // Row lock: a concurrent edit of the same card waits here and then sees the new version.
  await tx.$queryRaw`SELECT 1 FROM "BoardIssue" WHERE id = ${issueId} FOR UPDATE`;
  const issue = await tx.boardIssue.findUnique({ where: { id: issueId }, select: issueState });
  if (!issue) throw notFound("That issue no longer exists.");
  if (issue.version !== expectedVersion) {
    const assignee = issue.assigneeId ? await tx.user.findUnique({ where: { id: issue.assigneeId }, select: { name: true } }) : null;
    throw conflict(
      `Someone else changed #${issue.number} a moment ago. It is now in "${STATUS_LABELS[issue.status]}" at position ${(await indexInColumn(tx, issue)) + 1}` +
        `${assignee ? `, assigned to ${assignee.name}` : ""}. The board now shows the latest state; nothing of theirs was overwritten. Try again if you still want the change.`,
    );
  }
  return issue;
}

/** Inside the mutation's transaction: PostgreSQL delivers the notification only on commit. */
async function notifyBoard(tx: Tx, event: BoardEvent): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${BOARD_CHANNEL}, ${JSON.stringify(event)})`;
}

async function recordEvent(
  tx: Tx,
  issue: { id: string; programmeId: string },
  actorId: string,
  kind: string,
  changes: Prisma.InputJsonValue | undefined,
  audit: { action: string; before?: Prisma.InputJsonValue; after?: Prisma.InputJsonValue },
  notify: BoardEventKind,
) {
  await tx.boardIssueEvent.create({ data: { issueId: issue.id, actorId, kind, changes } });
  await writeAudit(tx, {
    actorId,
    programmeId: issue.programmeId,
    action: audit.action,
    entityType: "BoardIssue",
    entityId: issue.id,
    before: audit.before,
    after: audit.after,
  });
  await notifyBoard(tx, { programmeId: issue.programmeId, issueId: issue.id, kind: notify });
}

async function assertAssignable(tx: Tx, programmeId: string, userId: string) {
  const membership = await tx.membership.findFirst({
    where: { programmeId, userId, role: { in: ["TASK_FORCE", "TEAM_LEADER"] }, user: { deactivatedAt: null } },
    select: { id: true },
  });
  if (!membership) throw invalid("Issues can be assigned only to a task-force member or the team leader of this programme.");
}

async function assertLinks(
  tx: Tx,
  programmeId: string,
  links: { institutionId?: string | null; engagementId?: string | null; adviceId?: string | null },
) {
  if (links.institutionId) {
    const partner = await tx.programmePartner.findUnique({
      where: { programmeId_institutionId: { programmeId, institutionId: links.institutionId } },
      select: { id: true },
    });
    if (!partner) throw invalid("The institution concerned must be a partner in this programme.");
  }
  if (links.engagementId) {
    const engagement = await tx.engagement.findFirst({ where: { id: links.engagementId, programmeId }, select: { id: true } });
    if (!engagement) throw invalid("The linked engagement is not part of this programme.");
  }
  if (links.adviceId) {
    const advice = await tx.adviceEntry.findFirst({ where: { id: links.adviceId, programmeId, deletedAt: null }, select: { id: true } });
    if (!advice) throw invalid("The linked advice entry is not part of this programme.");
  }
}

/** Gap between neighbouring positions after a renumbering and for new cards at the end of a column. */
export const POSITION_STEP = 1024;
/** Positions stay well inside PostgreSQL's int4; a column that drifts beyond this is renumbered. */
const POSITION_LIMIT = 1_000_000_000;

/** The 0-based place of a card in its column (what people and the audit trail see). */
async function indexInColumn(tx: Tx, issue: { programmeId: string; status: IssueStatus; position: number; number: number }) {
  return tx.boardIssue.count({
    where: {
      programmeId: issue.programmeId,
      status: issue.status,
      OR: [{ position: { lt: issue.position } }, { position: issue.position, number: { lt: issue.number } }],
    },
  });
}

/** Rewrites one column (without `exceptId`) to 1, 2, 3… × POSITION_STEP, keeping its order. Rare: only when a gap is used up. */
async function renumberColumn(tx: Tx, programmeId: string, status: IssueStatus, exceptId: string) {
  await tx.$executeRaw`
    UPDATE "BoardIssue" b SET "position" = r.rn * ${POSITION_STEP}
    FROM (
      SELECT "id", row_number() OVER (ORDER BY "position", "number")::int AS rn
      FROM "BoardIssue" WHERE "programmeId" = ${programmeId} AND "status" = ${status}::"IssueStatus" AND "id" <> ${exceptId}
    ) r
    WHERE b."id" = r."id"`;
}

/** The position after the last Open card (renumbering the column first in the unlikely case it ran out of room). */
async function endOfOpenColumn(tx: Tx, programmeId: string, lastPosition: number | null) {
  if (lastPosition === null) return POSITION_STEP;
  if (lastPosition + POSITION_STEP < POSITION_LIMIT) return lastPosition + POSITION_STEP;
  await renumberColumn(tx, programmeId, "OPEN", "");
  return ((await tx.boardIssue.count({ where: { programmeId, status: "OPEN" } })) + 1) * POSITION_STEP;
}

/**
 * Picks the position that puts the card at `toIndex` (clamped) of `toStatus`, counting the column without the card.
 * Call with the board lock held. Returns the index it landed at and the position to store.
 */
async function relocate(tx: Tx, issue: IssueState, toStatus: IssueStatus, toIndex: number): Promise<{ index: number; position: number }> {
  const column = { programmeId: issue.programmeId, status: toStatus, NOT: { id: issue.id } };
  const count = await tx.boardIssue.count({ where: column });
  const index = Math.max(0, Math.min(toIndex, count));
  for (let attempt = 0; attempt < 2; attempt++) {
    // The neighbours either side of the gap at `index`: at most two rows read through the (programmeId, status, position) index.
    const around = await tx.boardIssue.findMany({
      where: column,
      orderBy: [{ position: "asc" }, { number: "asc" }],
      skip: Math.max(0, index - 1),
      take: index === 0 ? 1 : 2,
      select: { position: true },
    });
    const before = index === 0 ? undefined : around[0]?.position;
    const after = index === 0 ? around[0]?.position : around[1]?.position;
    let position: number | undefined;
    if (before === undefined && after === undefined) position = POSITION_STEP;
    else if (before === undefined) position = after! - POSITION_STEP;
    else if (after === undefined) position = before + POSITION_STEP;
    else if (after - before >= 2) position = Math.floor((before + after) / 2);
    if (position !== undefined && Math.abs(position) < POSITION_LIMIT) return { index, position };
    await renumberColumn(tx, issue.programmeId, toStatus, issue.id);
  }
  throw new Error("Board positions could not be renumbered.");
}

export type CreateIssueData = {
  programmeId: string;
  authorId: string;
  title: string;
  description: string;
  services: readonly Service[];
  institutionId: string | null;
  priority: IssuePriority;
  dueDate: Date | null;
  labels: readonly string[];
  escalation: EscalationLevel | null;
  engagementId: string | null;
  adviceId: string | null;
  /** undefined: routing proposes one; null: deliberately unassigned. */
  assigneeId?: string | null;
};

/** Creates an issue inside the caller's transaction (the Advice log calls this for follow-ups). */
export async function createIssueInTx(tx: Tx, input: CreateIssueData) {
  if (input.services.length === 0) throw invalid("Choose at least one service concerned.");
  await lockBoard(tx, input.programmeId);
  const programme = await tx.programme.update({
    where: { id: input.programmeId },
    data: { nextIssueNumber: { increment: 1 } },
    select: { nextIssueNumber: true, leadInstitutionId: true },
  });
  await assertLinks(tx, input.programmeId, input);

  let assigneeId = input.assigneeId;
  let routedReason: string | null = null;
  if (assigneeId === undefined) {
    const representatives = await tx.membership.findMany({
      where: { programmeId: input.programmeId, role: "TASK_FORCE", user: { deactivatedAt: null } },
      select: { userId: true, institutionId: true, user: { select: { name: true } }, representations: { select: { service: true } } },
    });
    const proposal = proposeAssignee(
      representatives.map((r) => ({
        userId: r.userId,
        name: r.user.name,
        institutionId: r.institutionId,
        services: r.representations.map((x) => x.service),
      })),
      { services: input.services, institutionId: input.institutionId, leadInstitutionId: programme.leadInstitutionId },
    );
    assigneeId = proposal.userId;
    routedReason = proposal.reason;
  } else if (assigneeId) {
    await assertAssignable(tx, input.programmeId, assigneeId);
  }

  const last = await tx.boardIssue.aggregate({ where: { programmeId: input.programmeId, status: "OPEN" }, _max: { position: true } });
  const issue = await tx.boardIssue.create({
    data: {
      programmeId: input.programmeId,
      number: programme.nextIssueNumber - 1,
      title: input.title,
      description: input.description,
      services: [...input.services],
      institutionId: input.institutionId,
      priority: input.priority,
      assigneeId: assigneeId ?? null,
      dueDate: input.dueDate,
      labels: [...input.labels],
      escalation: input.escalation,
      engagementId: input.engagementId,
      adviceId: input.adviceId,
      authorId: input.authorId,
      status: "OPEN",
      position: await endOfOpenColumn(tx, input.programmeId, last._max.position),
    },
    select: { id: true, number: true, programmeId: true, assigneeId: true, version: true },
  });
  const after = {
    number: issue.number,
    title: input.title,
    services: [...input.services],
    institutionId: input.institutionId,
    priority: input.priority,
    assigneeId: issue.assigneeId,
    dueDate: input.dueDate?.toISOString().slice(0, 10) ?? null,
    labels: [...input.labels],
    escalation: input.escalation,
    engagementId: input.engagementId,
    adviceId: input.adviceId,
    ...(routedReason ? { routing: routedReason } : {}),
  };
  await recordEvent(tx, issue, input.authorId, "CREATED", after, { action: "createIssue", after }, "created");
  return issue;
}

export function createIssue(input: CreateIssueData) {
  return db.$transaction((tx) => createIssueInTx(tx, input), TX_OPTIONS);
}

export type MoveIssueData = { issueId: string; toStatus: IssueStatus; toIndex: number; version: number; resolutionNote?: string | null };

/** Said wherever a move to Closed is refused: only a resolved issue is closed by moving it. */
export const CLOSE_UNRESOLVED_HINT =
  "Only a resolved issue moves to Closed. To close an issue that was not resolved, use “Close without resolving” on its page and say why.";

export async function moveIssue(actorId: string, input: MoveIssueData) {
  return db.$transaction(async (tx) => {
    const peek = await tx.boardIssue.findUnique({ where: { id: input.issueId }, select: { programmeId: true } });
    if (!peek) throw notFound("That issue no longer exists.");
    await lockBoard(tx, peek.programmeId);
    const issue = await loadForUpdate(tx, input.issueId, input.version);
    const note = input.resolutionNote?.trim() || null;
    if (input.toStatus === "RESOLVED" && issue.status !== "RESOLVED" && !note)
      throw invalid("Resolving an issue needs a resolution note: say how it was solved.");
    // Resolved → Closed files a solved issue away (its resolution stays); anything else that ends
    // without a solution needs the reason (won't fix, duplicate) that closeIssue asks for.
    if (input.toStatus === "CLOSED" && issue.status !== "RESOLVED") throw invalid(CLOSE_UNRESOLVED_HINT);
    const fromIndex = await indexInColumn(tx, issue);
    const { index, position } = await relocate(tx, issue, input.toStatus, input.toIndex);
    const reopening = DONE_STATUSES.includes(issue.status) && !DONE_STATUSES.includes(input.toStatus);
    const resolving = input.toStatus === "RESOLVED" && issue.status !== "RESOLVED";
    const closing = input.toStatus === "CLOSED";
    const updated = await tx.boardIssue.update({
      where: { id: issue.id, version: issue.version },
      data: {
        status: input.toStatus,
        position,
        version: { increment: 1 },
        ...(resolving ? { resolutionNote: note, closeReason: null, closeNote: null } : {}),
        ...(reopening ? { closeReason: null, closeNote: null } : {}),
      },
      select: { id: true, number: true, status: true, position: true, version: true },
    });
    const kind = resolving ? "RESOLVED" : reopening ? "REOPENED" : closing ? "CLOSED" : "MOVED";
    const changes = {
      status: { from: issue.status, to: input.toStatus },
      position: { from: fromIndex, to: index },
      ...(resolving ? { resolutionNote: note } : {}),
    };
    await recordEvent(
      tx,
      issue,
      actorId,
      kind,
      changes,
      {
        action: resolving ? "resolveIssue" : reopening ? "reopenIssue" : closing ? "closeIssue" : "moveIssue",
        before: { status: issue.status, position: fromIndex },
        after: { status: input.toStatus, position: index, ...(resolving ? { resolutionNote: note } : {}) },
      },
      resolving ? "resolved" : reopening ? "reopened" : closing ? "closed" : "moved",
    );
    // Callers see the card's place in its column, not the stored (gapped) position.
    return { ...updated, position: index, fromStatus: issue.status };
  }, TX_OPTIONS);
}

export async function resolveIssue(actorId: string, input: { issueId: string; version: number; resolutionNote: string }) {
  return moveIssue(actorId, {
    issueId: input.issueId,
    version: input.version,
    toStatus: "RESOLVED",
    toIndex: 0,
    resolutionNote: input.resolutionNote,
  });
}

export async function reopenIssue(actorId: string, input: { issueId: string; version: number }) {
  return moveIssue(actorId, { issueId: input.issueId, version: input.version, toStatus: "OPEN", toIndex: Number.MAX_SAFE_INTEGER });
}

export async function closeIssue(
  actorId: string,
  input: { issueId: string; version: number; closeReason: IssueCloseReason; closeNote: string },
) {
  return db.$transaction(async (tx) => {
    const peek = await tx.boardIssue.findUnique({ where: { id: input.issueId }, select: { programmeId: true } });
    if (!peek) throw notFound("That issue no longer exists.");
    await lockBoard(tx, peek.programmeId);
    const issue = await loadForUpdate(tx, input.issueId, input.version);
    if (issue.status === "CLOSED") throw conflict(`#${issue.number} is already closed.`);
    const { position } = await relocate(tx, issue, "CLOSED", 0);
    await tx.boardIssue.update({
      where: { id: issue.id, version: issue.version },
      data: { status: "CLOSED", position, version: { increment: 1 }, closeReason: input.closeReason, closeNote: input.closeNote },
    });
    const changes = { status: { from: issue.status, to: "CLOSED" }, closeReason: input.closeReason, closeNote: input.closeNote };
    await recordEvent(
      tx,
      issue,
      actorId,
      "CLOSED",
      changes,
      {
        action: "closeIssue",
        before: { status: issue.status },
        after: { status: "CLOSED", closeReason: input.closeReason, closeNote: input.closeNote },
      },
      "closed",
    );
    return { version: issue.version + 1 };
  }, TX_OPTIONS);
}

export async function assignIssue(actorId: string, input: { issueId: string; version: number; assigneeId: string | null }) {
  return db.$transaction(async (tx) => {
    const issue = await loadForUpdate(tx, input.issueId, input.version);
    if (issue.assigneeId === input.assigneeId) return { changed: false, version: issue.version };
    if (input.assigneeId) await assertAssignable(tx, issue.programmeId, input.assigneeId);
    await tx.boardIssue.update({
      where: { id: issue.id, version: issue.version },
      data: { assigneeId: input.assigneeId, version: { increment: 1 } },
    });
    const changes = { assigneeId: { from: issue.assigneeId, to: input.assigneeId } };
    await recordEvent(
      tx,
      issue,
      actorId,
      "ASSIGNED",
      changes,
      { action: "assignIssue", before: { assigneeId: issue.assigneeId }, after: { assigneeId: input.assigneeId } },
      "assigned",
    );
    return { changed: true, version: issue.version + 1 };
  }, TX_OPTIONS);
}

export type EditIssueData = {
  issueId: string;
  version: number;
  title: string;
  description: string;
  services?: readonly Service[];
  institutionId?: string | null;
  priority?: IssuePriority;
  dueDate?: Date | null;
  labels?: readonly string[];
  escalation?: EscalationLevel | null;
  engagementId?: string | null;
  adviceId?: string | null;
};

/** Edits the given fields; fields left undefined are kept (an author may change only the text). */
export async function editIssue(actorId: string, input: EditIssueData) {
  return db.$transaction(async (tx) => {
    const issue = await loadForUpdate(tx, input.issueId, input.version);
    const { issueId: _id, version: _v, ...fields } = input;
    const next = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<IssueState>;
    if (next.services && next.services.length === 0) throw invalid("Choose at least one service concerned.");
    await assertLinks(tx, issue.programmeId, next);
    const normalise = (s: Partial<IssueState>) => ({ ...s, dueDate: s.dueDate ? s.dueDate.toISOString().slice(0, 10) : s.dueDate });
    const diff = changedFields(normalise(issue) as Record<string, unknown>, normalise(next));
    if (diff.changed.length === 0) return { changed: [] as string[], version: issue.version };
    await tx.boardIssue.update({
      where: { id: issue.id, version: issue.version },
      data: {
        ...next,
        services: next.services ? [...next.services] : undefined,
        labels: next.labels ? [...next.labels] : undefined,
        version: { increment: 1 },
      },
    });
    await recordEvent(
      tx,
      issue,
      actorId,
      "EDITED",
      { before: diff.before, after: diff.after },
      { action: "editIssue", before: diff.before, after: diff.after },
      "edited",
    );
    return { changed: diff.changed, version: issue.version + 1 };
  }, TX_OPTIONS);
}

export async function addComment(actorId: string, input: { issueId: string; body: string }) {
  return db.$transaction(async (tx) => {
    const issue = await tx.boardIssue.findUnique({ where: { id: input.issueId }, select: { id: true, programmeId: true } });
    if (!issue) throw notFound("That issue no longer exists.");
    const comment = await tx.boardComment.create({
      data: { issueId: issue.id, authorId: actorId, body: input.body },
      select: { id: true },
    });
    const excerpt = input.body.length > 120 ? `${input.body.slice(0, 117)}…` : input.body;
    await recordEvent(
      tx,
      issue,
      actorId,
      "COMMENTED",
      { commentId: comment.id, excerpt },
      { action: "commentIssue", after: { commentId: comment.id } },
      "commented",
    );
    return comment;
  }, TX_OPTIONS);
}
