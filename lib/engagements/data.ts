import "server-only";
import { db, type Tx } from "@/lib/db";
import type { EngagementStage, Service } from "@/lib/generated/prisma/enums";
import { compareNames } from "@/lib/domain/lists";

/** What a change to an engagement needs to load first: the target, for authorization and the table. */
export function findEngagementForChange(engagementId: string) {
  return readEngagementForChange(db, engagementId);
}

/** The same row read by a change inside its own transaction (under the locks it took: see lib/engagements/mutations.ts). */
export async function readEngagementForChange(client: Pick<Tx, "engagement">, engagementId: string) {
  const row = await client.engagement.findUnique({
    where: { id: engagementId },
    select: {
      id: true,
      programmeId: true,
      institutionId: true,
      service: true,
      stage: true,
      blockedFromStage: true,
      version: true,
      contactName: true,
      contactRole: true,
      contactEmail: true,
      ownerId: true,
      dueDate: true,
      note: true,
      partner: { select: { archivedAt: true } },
    },
  });
  if (!row) return null;
  const { partner, ...rest } = row;
  return { ...rest, archived: partner.archivedAt != null };
}

export type EngagementForChange = NonNullable<Awaited<ReturnType<typeof findEngagementForChange>>>;

type TrackerCell = {
  id: string;
  institutionId: string;
  service: Service;
  stage: EngagementStage;
  blockedFromStage: EngagementStage | null;
  stageReason: string | null;
  contactName: string | null;
  ownerName: string | null;
  dueDate: Date | null;
  lastActivityAt: Date;
};

export type TrackerRow = {
  institutionId: string;
  name: string;
  shortName: string;
  country: string;
  isLead: boolean;
  archived: boolean;
  cells: TrackerCell[];
};

/**
 * Everything the Services page shows, in a fixed number of queries whatever the programme's size:
 * the programme, its partners, and all engagements in one select (no query per partner or cell).
 */
export async function getTracker(programmeId: string, options: { includeArchived?: boolean } = {}) {
  const [programme, partners, engagements] = await Promise.all([
    db.programme.findUnique({ where: { id: programmeId }, select: { id: true, staleAfterDays: true, leadInstitutionId: true } }),
    db.programmePartner.findMany({
      where: { programmeId, ...(options.includeArchived ? {} : { archivedAt: null }) },
      select: { role: true, archivedAt: true, institution: { select: { id: true, name: true, shortName: true, country: true } } },
    }),
    db.engagement.findMany({
      where: { programmeId, ...(options.includeArchived ? {} : { partner: { archivedAt: null } }) },
      select: {
        id: true,
        institutionId: true,
        service: true,
        stage: true,
        blockedFromStage: true,
        stageReason: true,
        contactName: true,
        dueDate: true,
        lastActivityAt: true,
        owner: { select: { name: true } },
      },
    }),
  ]);
  if (!programme) return null;
  const cellsByInstitution = new Map<string, TrackerCell[]>();
  for (const e of engagements) {
    const list = cellsByInstitution.get(e.institutionId) ?? [];
    list.push({
      id: e.id,
      institutionId: e.institutionId,
      service: e.service,
      stage: e.stage,
      blockedFromStage: e.blockedFromStage,
      stageReason: e.stageReason,
      contactName: e.contactName,
      ownerName: e.owner?.name ?? null,
      dueDate: e.dueDate,
      lastActivityAt: e.lastActivityAt,
    });
    cellsByInstitution.set(e.institutionId, list);
  }
  const rows: TrackerRow[] = partners
    .map((p) => ({
      institutionId: p.institution.id,
      name: p.institution.name,
      shortName: p.institution.shortName,
      country: p.institution.country,
      isLead: p.role === "LEAD",
      archived: p.archivedAt != null,
      cells: cellsByInstitution.get(p.institution.id) ?? [],
    }))
    // The lead institution first (the guide starts there), then partners by name.
    .sort((a, b) => Number(b.isLead) - Number(a.isLead) || compareNames()(a.name, b.name));
  return { programmeId, staleAfterDays: programme.staleAfterDays, rows };
}
export type Tracker = NonNullable<Awaited<ReturnType<typeof getTracker>>>;

/** The engagement page: the engagement, its institution, owner, history (newest first) and the owner choices. */
export async function getEngagementDetail(programmeId: string, engagementId: string) {
  const engagement = await db.engagement.findFirst({
    where: { id: engagementId, programmeId },
    select: {
      id: true,
      programmeId: true,
      institutionId: true,
      service: true,
      stage: true,
      blockedFromStage: true,
      stageReason: true,
      contactName: true,
      contactRole: true,
      contactEmail: true,
      ownerId: true,
      dueDate: true,
      note: true,
      version: true,
      lastActivityAt: true,
      owner: { select: { id: true, name: true } },
      partner: { select: { role: true, archivedAt: true, institution: { select: { name: true, shortName: true, country: true } } } },
      // Settling with nothing logged asks for a confirmation (the same count as changeEngagementStage makes).
      _count: { select: { adviceEntries: { where: { deletedAt: null } } } },
      events: {
        orderBy: { at: "desc" },
        take: 200,
        select: {
          id: true,
          kind: true,
          fromStage: true,
          toStage: true,
          note: true,
          changes: true,
          at: true,
          actor: { select: { name: true } },
        },
      },
    },
  });
  if (!engagement) return null;
  const members = await db.membership.findMany({
    where: { programmeId, user: { deactivatedAt: null } },
    distinct: ["userId"],
    orderBy: { user: { name: "asc" } },
    select: { user: { select: { id: true, name: true } }, institution: { select: { shortName: true } } },
  });
  const { partner, events, _count, ...rest } = engagement;
  return {
    ...rest,
    adviceLogged: _count.adviceEntries > 0,
    institution: partner.institution,
    isLead: partner.role === "LEAD",
    archived: partner.archivedAt != null,
    events: events.map((e) => ({
      ...e,
      actorName: e.actor.name,
      changes: (e.changes ?? null) as Record<string, { from: unknown; to: unknown }> | null,
    })),
    ownerOptions: members.map((m) => ({ id: m.user.id, label: `${m.user.name} (${m.institution.shortName})` })),
  };
}
export type EngagementDetail = NonNullable<Awaited<ReturnType<typeof getEngagementDetail>>>;

/** The latest change to an engagement, to tell a person whose move lost the race what happened. */
export async function findLatestEngagementEvent(engagementId: string) {
  return db.engagementEvent.findFirst({
    where: { engagementId },
    orderBy: { at: "desc" },
    select: { kind: true, toStage: true, at: true, actor: { select: { name: true } } },
  });
}
