import "server-only";
import { db } from "@/lib/db";
import type { ProgrammeActor } from "@/lib/auth/permissions";
import { canReadAdvice } from "@/lib/advice/policy";
import { OBSTACLE_STAGES } from "./pathway";
import type { ObstacleFilters } from "./schema";

export const OBSTACLE_PAGE_SIZE = 50;
const SETTLED = ["RESOLVED_WITHIN_RULES", "RULE_CHANGE_ADOPTED", "GOVERNMENT_ANSWERED"] as const;

/** The register: a page of obstacles matching the filters, newest activity first (two queries). */
export async function listObstacles(programmeId: string, filters: ObstacleFilters) {
  const where = {
    programmeId,
    ...(filters.stage ? { stage: filters.stage } : filters.open ? { stage: { notIn: [...SETTLED] } } : {}),
    ...(filters.institution ? { institutionId: filters.institution } : {}),
  };
  const [total, counts] = await Promise.all([
    db.obstacle.count({ where }),
    db.obstacle.groupBy({ by: ["stage"], where: { programmeId }, _count: { _all: true } }),
  ]);
  const pages = Math.max(1, Math.ceil(total / OBSTACLE_PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  const rows = await db.obstacle.findMany({
    where,
    orderBy: [{ updatedAt: "desc" }, { number: "desc" }],
    skip: (page - 1) * OBSTACLE_PAGE_SIZE,
    take: OBSTACLE_PAGE_SIZE,
    select: {
      id: true,
      number: true,
      title: true,
      stage: true,
      ruleLevel: true,
      element: true,
      country: true,
      updatedAt: true,
      institution: { select: { shortName: true } },
    },
  });
  const byStage = Object.fromEntries(OBSTACLE_STAGES.map((s) => [s, counts.find((c) => c.stage === s)?._count._all ?? 0]));
  return { rows, total, page, pages, byStage };
}

/**
 * One obstacle with its whole pathway and where it came from. Advice entries it points at are shown
 * only to readers who may read them (another institution's draft stays hidden, as everywhere).
 */
export async function getObstacle(actor: ProgrammeActor, programmeId: string, number: number) {
  const obstacle = await db.obstacle.findUnique({
    where: { programmeId_number: { programmeId, number } },
    select: {
      id: true,
      number: true,
      title: true,
      rule: true,
      ruleSource: true,
      ruleLevel: true,
      institutionId: true,
      country: true,
      element: true,
      description: true,
      stage: true,
      step: true,
      version: true,
      createdAt: true,
      institution: { select: { name: true, shortName: true } },
      author: { select: { name: true } },
      raisedFromAdvice: { select: { id: true, summary: true, institutionId: true, service: true, visibility: true, deletedAt: true } },
      raisedFromIssue: { select: { number: true, title: true } },
      events: {
        orderBy: [{ at: "asc" }, { id: "asc" }],
        select: {
          id: true,
          fromStage: true,
          toStage: true,
          note: true,
          at: true,
          actor: { select: { name: true } },
          evidenceAdvice: { select: { id: true, summary: true, institutionId: true, service: true, visibility: true, deletedAt: true } },
        },
      },
    },
  });
  if (!obstacle) return null;
  const readable = <A extends Parameters<typeof canReadAdvice>[1] & { id: string; summary: string }>(advice: A | null) =>
    advice && !advice.deletedAt && canReadAdvice(actor, advice) ? { id: advice.id, summary: advice.summary } : null;
  return {
    ...obstacle,
    raisedFromAdvice: readable(obstacle.raisedFromAdvice),
    events: obstacle.events.map((e) => ({ ...e, evidenceAdvice: readable(e.evidenceAdvice) })),
  };
}
/** What a change of an obstacle is aimed at: its institution's legal service. */
export async function findObstacleTarget(obstacleId: string) {
  const row = await db.obstacle.findUnique({ where: { id: obstacleId }, select: { id: true, programmeId: true, institutionId: true } });
  return row && { ...row, service: "LEGAL" as const };
}

/** What raising an obstacle is aimed at: a current partner's legal service (the institution comes from the form, so it is checked). */
export async function findRaiseTarget(programmeId: string, institutionId: string) {
  const partner = await db.programmePartner.findUnique({
    where: { programmeId_institutionId: { programmeId, institutionId } },
    select: { archivedAt: true },
  });
  if (!partner || partner.archivedAt) return null;
  return { programmeId, institutionId, service: "LEGAL" as const };
}

/** Advice entries that can be evidence for an obstacle: this institution's, that the person can read, newest first. */
export async function listEvidenceCandidates(actor: ProgrammeActor, programmeId: string, institutionId: string) {
  const entries = await db.adviceEntry.findMany({
    where: { programmeId, institutionId, deletedAt: null },
    orderBy: [{ givenOn: "desc" }, { createdAt: "desc" }],
    take: 100,
    select: { id: true, summary: true, service: true, givenOn: true, institutionId: true, visibility: true, deletedAt: true },
  });
  return entries.filter((e) => canReadAdvice(actor, e));
}

/** An advice entry an obstacle may point at: in the programme, not removed, and readable by the person linking it. */
export async function findLinkableAdvice(actor: ProgrammeActor, programmeId: string, adviceId: string) {
  const entry = await db.adviceEntry.findFirst({
    where: { id: adviceId, programmeId, deletedAt: null },
    select: { id: true, summary: true, institutionId: true, service: true, visibility: true, deletedAt: true },
  });
  return entry && canReadAdvice(actor, entry) ? entry : null;
}

/** A board issue an obstacle may be raised from. */
export function findLinkableIssue(programmeId: string, issueId: string) {
  return db.boardIssue.findFirst({
    where: { id: issueId, programmeId },
    select: { id: true, number: true, title: true, institutionId: true },
  });
}

/** The obstacles raised from an advice entry or a board issue, for the link back on their pages. */
export function obstaclesRaisedFrom(from: { adviceId: string } | { issueId: string }) {
  return db.obstacle.findMany({
    where: "adviceId" in from ? { raisedFromAdviceId: from.adviceId } : { raisedFromIssueId: from.issueId },
    orderBy: { number: "asc" },
    select: { number: true, title: true, stage: true },
  });
}

/** The current partners, to choose the institution from. */
export async function listObstacleInstitutions(programmeId: string) {
  const partners = await db.programmePartner.findMany({
    where: { programmeId, archivedAt: null },
    orderBy: [{ role: "asc" }, { institution: { shortName: "asc" } }],
    select: { institution: { select: { id: true, name: true, shortName: true, country: true } } },
  });
  return partners.map((p) => p.institution);
}
