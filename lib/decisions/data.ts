import "server-only";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PlanStepKey, SignOffAnswer } from "@/lib/generated/prisma/enums";
import { isMember } from "@/lib/auth/permissions";
import { loadProgrammeActor } from "@/lib/programmes/data";
import { decisionStanding, waitingForAnyOf, type DecisionStanding, type DecisionState } from "./state";

type Client = typeof db | Tx;

export type Partner = { id: string; name: string; shortName: string; isLead: boolean };

/** The programme's current partners, lead first: the institutions every decision waits for. */
export async function currentPartners(programmeId: string, client: Client = db): Promise<Partner[]> {
  const rows = await client.programmePartner.findMany({
    where: { programmeId, archivedAt: null },
    orderBy: [{ role: "asc" }, { institution: { shortName: "asc" } }],
    select: { role: true, institution: { select: { id: true, name: true, shortName: true } } },
  });
  return rows.map((r) => ({ ...r.institution, isLead: r.role === "LEAD" }));
}

/** The newest answer of each institution to the current version of each decision (of one programme, or one decision). */
async function newestAnswers(client: Client, where: { programmeId: string } | { decisionId: string }) {
  const filter = "decisionId" in where ? Prisma.sql`d."id" = ${where.decisionId}` : Prisma.sql`d."programmeId" = ${where.programmeId}`;
  const rows = await client.$queryRaw<{ decisionId: string; institutionId: string; answer: SignOffAnswer }[]>`
    SELECT DISTINCT ON (s."decisionId", s."institutionId") s."decisionId", s."institutionId", s."answer"
    FROM "DecisionSignOff" s
    JOIN "Decision" d ON d."id" = s."decisionId"
    JOIN "DecisionVersion" v ON v."id" = s."versionId"
    WHERE ${filter} AND v."number" = d."currentVersion"
    ORDER BY s."decisionId", s."institutionId", s."signedAt" DESC, s."id" DESC`;
  const byDecision = new Map<string, Map<string, SignOffAnswer>>();
  for (const row of rows) {
    let answers = byDecision.get(row.decisionId);
    if (!answers) byDecision.set(row.decisionId, (answers = new Map<string, SignOffAnswer>()));
    answers.set(row.institutionId, row.answer);
  }
  return byDecision;
}

export type DecisionSummary = {
  id: string;
  number: number;
  title: string;
  step: PlanStepKey;
  currentVersion: number;
  lastActivityAt: Date;
  standing: DecisionStanding;
};

/**
 * Every decision of a programme with where it stands: three queries, whatever the number of
 * decisions (the rows are small; the register filters and pages them in memory).
 */
export async function listDecisionStandings(programmeId: string, options: { step?: PlanStepKey } = {}, client: Client = db) {
  const [partners, decisions, answers] = await Promise.all([
    currentPartners(programmeId, client),
    client.decision.findMany({
      where: { programmeId, ...(options.step ? { step: options.step } : {}) },
      orderBy: [{ lastActivityAt: "desc" }, { number: "desc" }],
      select: { id: true, number: true, title: true, step: true, currentVersion: true, withdrawnAt: true, lastActivityAt: true },
    }),
    newestAnswers(client, { programmeId }),
  ]);
  const partnerIds = partners.map((p) => p.id);
  const summaries: DecisionSummary[] = decisions.map(({ withdrawnAt, ...d }) => ({
    ...d,
    standing: decisionStanding({ withdrawn: withdrawnAt !== null }, partnerIds, answers.get(d.id) ?? new Map<string, SignOffAnswer>()),
  }));
  return { partners, decisions: summaries };
}

export const REGISTER_PAGE_SIZE = 50;
export type RegisterFilters = { state?: DecisionState; step?: PlanStepKey; waitingFor?: string; page: number };

/** The register page: the decisions matching the filters, a page of them, and who blocks what. */
export async function getDecisionRegister(programmeId: string, filters: RegisterFilters) {
  const { partners, decisions } = await listDecisionStandings(programmeId, { step: filters.step });
  const matching = decisions.filter(
    (d) =>
      (!filters.state || d.standing.state === filters.state) && (!filters.waitingFor || d.standing.waitingFor.includes(filters.waitingFor)),
  );
  const pages = Math.max(1, Math.ceil(matching.length / REGISTER_PAGE_SIZE));
  const page = Math.min(Math.max(1, filters.page), pages);
  // Which institutions hold which decisions up: not answered yet, or objecting (withdrawn ones hold nothing up).
  const blocking = partners
    .map((partner) => ({
      partner,
      waiting: decisions.filter((d) => d.standing.waitingFor.includes(partner.id)).map((d) => ({ id: d.id, number: d.number })),
      objecting: decisions.filter((d) => d.standing.objecting.includes(partner.id)).map((d) => ({ id: d.id, number: d.number })),
    }))
    .filter((b) => b.waiting.length > 0 || b.objecting.length > 0);
  return {
    partners,
    total: decisions.length,
    matching: matching.length,
    page,
    pages,
    rows: matching.slice((page - 1) * REGISTER_PAGE_SIZE, page * REGISTER_PAGE_SIZE),
    blocking,
    /** The decisions an institution in `institutionIds` has not answered (whatever the filters). */
    waitingForMe: (institutionIds: ReadonlySet<string>) => waitingForAnyOf(decisions, institutionIds),
  };
}

/** One decision, every version and every answer, for its page. */
export async function getDecision(programmeId: string, number: number) {
  const decision = await db.decision.findUnique({
    where: { programmeId_number: { programmeId, number } },
    select: {
      id: true,
      programmeId: true,
      number: true,
      title: true,
      step: true,
      services: true,
      template: true,
      currentVersion: true,
      withdrawnAt: true,
      withdrawReason: true,
      createdAt: true,
      authorId: true,
      author: { select: { name: true } },
      withdrawnBy: { select: { name: true } },
      versions: {
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          question: true,
          options: true,
          proposal: true,
          rationale: true,
          createdAt: true,
          author: { select: { name: true } },
          attachments: { orderBy: { createdAt: "asc" }, select: { id: true, fileName: true, size: true } },
          signOffs: {
            orderBy: [{ signedAt: "asc" }, { id: "asc" }],
            select: {
              id: true,
              institutionId: true,
              answer: true,
              text: true,
              signedAt: true,
              signedBy: { select: { name: true } },
              institution: { select: { shortName: true, name: true } },
            },
          },
        },
      },
    },
  });
  if (!decision) return null;
  const [partners, answers] = await Promise.all([currentPartners(programmeId), newestAnswers(db, { decisionId: decision.id })]);
  const standing = decisionStanding(
    { withdrawn: decision.withdrawnAt !== null },
    partners.map((p) => p.id),
    answers.get(decision.id) ?? new Map<string, SignOffAnswer>(),
  );
  return { decision, partners, standing };
}

/** What an action on a decision is aimed at: the programme, and the author (who may revise and withdraw it). */
export async function findDecisionTarget(decisionId: string) {
  const row = await db.decision.findUnique({
    where: { id: decisionId },
    select: { id: true, programmeId: true, number: true, authorId: true, currentVersion: true, withdrawnAt: true },
  });
  return row;
}

/**
 * What a sign-off is aimed at: the decision and the institution answered for. The institution must
 * be a current partner of the decision's programme; its id comes from the form, so it is checked here.
 */
export async function findSignOffTarget(decisionId: string, institutionId: string) {
  const decision = await findDecisionTarget(decisionId);
  if (!decision) return null;
  const partner = await db.programmePartner.findUnique({
    where: { programmeId_institutionId: { programmeId: decision.programmeId, institutionId } },
    select: { archivedAt: true },
  });
  if (!partner || partner.archivedAt) return null;
  return { ...decision, decisionId: decision.id, institutionId };
}

/** The lead institution's name, for the templates' prefill (the platform proposal names it). */
export async function leadInstitutionName(programmeId: string): Promise<string | null> {
  const programme = await db.programme.findUnique({ where: { id: programmeId }, select: { leadInstitution: { select: { name: true } } } });
  return programme?.leadInstitution.name ?? null;
}

/** A decision's attachment, for its download route: members of the decision's programme only. */
export async function getDecisionAttachmentForDownload(
  user: { id: string; isPlatformAdmin: boolean },
  programmeId: string,
  attachmentId: string,
) {
  const actor = await loadProgrammeActor(user, programmeId);
  if (!actor || !isMember(actor)) return null;
  return db.decisionAttachment.findFirst({
    where: { id: attachmentId, version: { decision: { programmeId } } },
    select: { fileName: true, mimeType: true, size: true, sha256: true, content: true },
  });
}
