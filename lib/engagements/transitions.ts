// The stage workflow of an engagement: ONE table of allowed moves, read by the server actions (to
// refuse) and by the UI (to offer only what this person may do now). Isomorphic: no server imports.
import type { EngagementStage, MemberRole, Service } from "@/lib/generated/prisma/enums";
import { can, type ProgrammeActor } from "@/lib/auth/permissions";
import { msg, storedMessage, type Message } from "@/lib/i18n/message";

/** The main line a consultation follows; BLOCKED and NOT_APPLICABLE sit beside it. */
export const MAIN_STAGES = [
  "NOT_CONTACTED",
  "CONTACTED",
  "IN_CONSULTATION",
  "ADVICE_RECEIVED",
  "SETTLED",
] as const satisfies readonly EngagementStage[];
export const ALL_STAGES = [...MAIN_STAGES, "BLOCKED", "NOT_APPLICABLE"] as const satisfies readonly EngagementStage[];
export const ALL_ROLES = ["TEAM_LEADER", "PARTNER_STAFF", "TASK_FORCE"] as const satisfies readonly MemberRole[];

/**
 * The note stored in the history (and audit row) with the move a logged advice entry makes to "Advice
 * received": a stored Message, shown in each reader's language.
 */
export const ADVICE_LOGGED_NOTE = storedMessage("engagements.history.adviceLoggedNote");

/** Stages where nothing more is expected of anyone: they count as "done" in progress figures. */
const DONE_STAGES: readonly EngagementStage[] = ["SETTLED", "NOT_APPLICABLE"];

export type MoveKind = "forward" | "back" | "block" | "unblock" | "notApplicable" | "reopen";

type Transition = {
  from: EngagementStage;
  to: EngagementStage;
  kind: MoveKind;
  roles: readonly MemberRole[];
  needsReason: boolean;
  /** The button text: says what happens, not just where to. */
  label: Message;
};

const EVERYONE = ALL_ROLES;
const LEADER_ONLY: readonly MemberRole[] = ["TEAM_LEADER"];

/** Badge classes per stage; the label is always shown too (never colour alone). AA contrast. */
export const STAGE_COLOURS: Record<EngagementStage, string> = {
  NOT_CONTACTED: "bg-slate-100 text-slate-800 border-slate-400",
  CONTACTED: "bg-sky-100 text-sky-900 border-sky-500",
  IN_CONSULTATION: "bg-amber-100 text-amber-900 border-amber-500",
  ADVICE_RECEIVED: "bg-violet-100 text-violet-900 border-violet-500",
  SETTLED: "bg-green-100 text-green-900 border-green-600",
  BLOCKED: "bg-red-100 text-red-900 border-red-600",
  NOT_APPLICABLE: "bg-white text-slate-700 border-slate-400 border-dashed",
};

/** A glyph beside the label, so the stage reads at a glance without relying on colour. */
export const STAGE_SYMBOLS: Record<EngagementStage, string> = {
  NOT_CONTACTED: "○",
  CONTACTED: "◔",
  IN_CONSULTATION: "◑",
  ADVICE_RECEIVED: "◕",
  SETTLED: "●",
  BLOCKED: "×",
  NOT_APPLICABLE: "–",
};

type MainStage = (typeof MAIN_STAGES)[number];
/** A stage a move can go back to (every main stage but the last). */
type EarlierStage = Exclude<MainStage, "SETTLED">;

const FORWARD_LABELS: Record<Exclude<MainStage, "NOT_CONTACTED">, Message> = {
  CONTACTED: msg("engagements.moves.forward.CONTACTED"),
  IN_CONSULTATION: msg("engagements.moves.forward.IN_CONSULTATION"),
  ADVICE_RECEIVED: msg("engagements.moves.forward.ADVICE_RECEIVED"),
  SETTLED: msg("engagements.moves.forward.SETTLED"),
};
const backLabel = (to: EarlierStage) => msg(`engagements.moves.back.${to}`);
const reopenLabel = (to: EarlierStage) => msg(`engagements.moves.reopen.${to}`);
const unblockLabel = (to: EarlierStage) => msg(`engagements.moves.unblock.${to}`);

function buildTable(): Transition[] {
  const table: Transition[] = [];
  MAIN_STAGES.forEach((from, i) => {
    const next = MAIN_STAGES[i + 1];
    // Forward: one step at a time, anyone who may move the engagement.
    if (next)
      table.push({
        from,
        to: next,
        kind: "forward",
        roles: EVERYONE,
        needsReason: false,
        label: FORWARD_LABELS[next as Exclude<MainStage, "NOT_CONTACTED">],
      });
    // Backwards: with a reason. Leaving Settled is a reopen, which only the team leader may do.
    // (Every stage before `from` is an earlier stage: the last one, Settled, is never among them.)
    for (const to of MAIN_STAGES.slice(0, i) as EarlierStage[]) {
      if (from === "SETTLED") table.push({ from, to, kind: "reopen", roles: LEADER_ONLY, needsReason: true, label: reopenLabel(to) });
      else table.push({ from, to, kind: "back", roles: EVERYONE, needsReason: true, label: backLabel(to) });
    }
    if (from !== "SETTLED") {
      table.push({ from, to: "BLOCKED", kind: "block", roles: EVERYONE, needsReason: true, label: msg("engagements.moves.block") });
      table.push({
        from,
        to: "NOT_APPLICABLE",
        kind: "notApplicable",
        roles: LEADER_ONLY,
        needsReason: true,
        label: msg("engagements.moves.notApplicable"),
      });
      // Unblocking returns to the stage it was blocked in (checked against blockedFromStage).
      table.push({
        from: "BLOCKED",
        to: from,
        kind: "unblock",
        roles: EVERYONE,
        needsReason: false,
        label: unblockLabel(from),
      });
    }
  });
  table.push({
    from: "BLOCKED",
    to: "NOT_APPLICABLE",
    kind: "notApplicable",
    roles: LEADER_ONLY,
    needsReason: true,
    label: msg("engagements.moves.notApplicable"),
  });
  table.push({
    from: "NOT_APPLICABLE",
    to: "NOT_CONTACTED",
    kind: "reopen",
    roles: LEADER_ONLY,
    needsReason: true,
    label: reopenLabel("NOT_CONTACTED"),
  });
  return table;
}

export const TRANSITIONS: readonly Transition[] = buildTable();

/** The moves a person holding `roles` (for this engagement) may make from `stage` now. */
export function allowedMoves(
  stage: EngagementStage,
  blockedFromStage: EngagementStage | null | undefined,
  roles: Iterable<MemberRole>,
): Transition[] {
  const held = new Set(roles);
  return TRANSITIONS.filter(
    (t) => t.from === stage && (t.kind !== "unblock" || t.to === blockedFromStage) && t.roles.some((role) => held.has(role)),
  );
}

/** The one move from `stage` to `to` this person may make, or undefined. */
export function findMove(
  stage: EngagementStage,
  blockedFromStage: EngagementStage | null | undefined,
  to: EngagementStage,
  roles: Iterable<MemberRole>,
): Transition | undefined {
  return allowedMoves(stage, blockedFromStage, roles).find((t) => t.to === to);
}

/** Why a move is refused, in words that say what to do instead. */
export function refusalFor(
  stage: EngagementStage,
  blockedFromStage: EngagementStage | null | undefined,
  to: EngagementStage,
  _roles: Iterable<MemberRole>,
): Message {
  const anyRole = TRANSITIONS.find((t) => t.from === stage && t.to === to && (t.kind !== "unblock" || t.to === blockedFromStage));
  if (!anyRole) return msg("engagements.refusal.impossible", { from: stage, to });
  return msg("engagements.refusal.leaderOnly", { from: stage, to });
}

/**
 * Does a move from `from` to `to` need a reason? Blocking and "not applicable" always do; other moves
 * (backwards, reopening) depend on where the engagement is. An unknown `from` only answers for the former.
 */
export function moveNeedsReason(from: EngagementStage | undefined, to: EngagementStage): boolean {
  if (to === "BLOCKED" || to === "NOT_APPLICABLE") return true;
  return from != null && TRANSITIONS.some((t) => t.from === from && t.to === to && t.needsReason);
}

export function isDone(stage: EngagementStage): boolean {
  return DONE_STAGES.includes(stage);
}

/** Position on the main line; BLOCKED counts where it was blocked, NOT_APPLICABLE as -1. */
export function stageRank(stage: EngagementStage, blockedFromStage?: EngagementStage | null): number {
  if (stage === "BLOCKED") return blockedFromStage ? MAIN_STAGES.indexOf(blockedFromStage as (typeof MAIN_STAGES)[number]) : 0;
  return MAIN_STAGES.indexOf(stage as (typeof MAIN_STAGES)[number]);
}

/**
 * The roles through which this person may move this engagement: a role counts only where the
 * permission table's scope for "engagement.move" reaches the engagement (own institution, own service…).
 */
export function rolesForEngagement(actor: ProgrammeActor, target: { institutionId: string; service: Service }): MemberRole[] {
  const roles = actor.memberships
    .filter((m) => can({ ...actor, isPlatformAdmin: false, memberships: [m] }, "engagement.move", target))
    .map((m) => m.role);
  return [...new Set(roles)];
}
