import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ADMIN_PAGE_SIZE, type ListQuery } from "./schema";

// Reads for the platform-admin area. Callers (the admin layout, the admin actions) have checked that
// the current user is a platform admin; nothing here returns a password hash.

function pageOf(total: number, requested: number) {
  const pageCount = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
  const page = Math.min(requested, pageCount);
  return { total, page, pageCount, skip: (page - 1) * ADMIN_PAGE_SIZE, take: ADMIN_PAGE_SIZE };
}

export async function getAdminOverview() {
  const [institutions, activeUsers, deactivatedUsers, admins, creators, programmes] = await Promise.all([
    db.institution.count(),
    db.user.count({ where: { deactivatedAt: null } }),
    db.user.count({ where: { deactivatedAt: { not: null } } }),
    db.user.count({ where: { isPlatformAdmin: true, deactivatedAt: null } }),
    db.user.count({ where: { isProgrammeCreator: true, deactivatedAt: null } }),
    db.programme.count(),
  ]);
  return { institutions, activeUsers, deactivatedUsers, admins, creators, programmes };
}

const contains = (q: string) => ({ contains: q, mode: "insensitive" as const });

export async function listInstitutionsForAdmin({ q, page }: Pick<ListQuery, "q" | "page">) {
  const where: Prisma.InstitutionWhereInput = q
    ? {
        OR: [
          { name: contains(q) },
          { shortName: contains(q) },
          { country: contains(q) },
          { city: contains(q) },
          { erasmusCode: contains(q) },
          { schacCode: contains(q) },
        ],
      }
    : {};
  const paging = pageOf(await db.institution.count({ where }), page);
  const rows = await db.institution.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: paging.skip,
    take: paging.take,
    select: {
      id: true,
      name: true,
      shortName: true,
      country: true,
      city: true,
      erasmusCode: true,
      schacCode: true,
      _count: { select: { partnerships: { where: { archivedAt: null } }, users: true } },
    },
  });
  return {
    ...paging,
    rows: rows.map(({ _count, ...institution }) => ({ ...institution, programmeCount: _count.partnerships, userCount: _count.users })),
  };
}

export function getInstitutionForAdmin(institutionId: string) {
  return db.institution.findUnique({
    where: { id: institutionId },
    select: { id: true, name: true, shortName: true, country: true, city: true, erasmusCode: true, schacCode: true },
  });
}

/** For "home institution" selects. */
export function listInstitutionOptions() {
  return db.institution.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, shortName: true } });
}

function userWhere({ q, status }: Pick<ListQuery, "q" | "status">): Prisma.UserWhereInput {
  const and: Prisma.UserWhereInput[] = [];
  if (q)
    and.push({
      OR: [
        { name: contains(q) },
        { email: contains(q) },
        { institution: { name: contains(q) } },
        { institution: { shortName: contains(q) } },
      ],
    });
  if (status === "active") and.push({ deactivatedAt: null });
  if (status === "deactivated") and.push({ deactivatedAt: { not: null } });
  return { AND: and };
}

export async function listUsersForAdmin(query: ListQuery) {
  const where = userWhere(query);
  const paging = pageOf(await db.user.count({ where }), query.page);
  const rows = await db.user.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: paging.skip,
    take: paging.take,
    select: {
      id: true,
      name: true,
      email: true,
      isPlatformAdmin: true,
      isProgrammeCreator: true,
      deactivatedAt: true,
      institution: { select: { id: true, name: true, shortName: true } },
      // One person may hold several roles in one programme: count programmes, not memberships.
      memberships: { distinct: ["programmeId"], select: { programmeId: true } },
    },
  });
  return {
    ...paging,
    rows: rows.map(({ memberships, ...user }) => ({ ...user, programmeCount: memberships.length })),
  };
}

export async function getUserForAdmin(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      institutionId: true,
      isPlatformAdmin: true,
      isProgrammeCreator: true,
      deactivatedAt: true,
      createdAt: true,
      passwordHash: true, // only to tell whether one is set; never returned
      memberships: {
        orderBy: { programme: { title: "asc" } },
        select: { id: true, role: true, programme: { select: { id: true, title: true } }, institution: { select: { shortName: true } } },
      },
    },
  });
  if (!user) return null;
  const { passwordHash, ...rest } = user;
  // The reason lives in the audit trail (the user row only records when).
  const deactivation = user.deactivatedAt
    ? await db.auditLog.findFirst({
        where: { entityType: "User", entityId: userId, action: "deactivateUser" },
        orderBy: { at: "desc" },
        select: { at: true, after: true, actor: { select: { name: true } } },
      })
    : null;
  const after = deactivation?.after as { reason?: unknown } | null | undefined;
  return {
    ...rest,
    hasPassword: Boolean(passwordHash),
    deactivation: deactivation
      ? { by: deactivation.actor?.name ?? null, reason: typeof after?.reason === "string" ? after.reason : null }
      : null,
  };
}

export async function listProgrammesForAdmin({ q, page }: Pick<ListQuery, "q" | "page">) {
  const where: Prisma.ProgrammeWhereInput = q
    ? { OR: [{ title: contains(q) }, { leadInstitution: { name: contains(q) } }, { leadInstitution: { shortName: contains(q) } }] }
    : {};
  const paging = pageOf(await db.programme.count({ where }), page);
  const rows = await db.programme.findMany({
    where,
    orderBy: [{ title: "asc" }, { id: "asc" }],
    skip: paging.skip,
    take: paging.take,
    select: {
      id: true,
      title: true,
      status: true,
      leadInstitution: { select: { name: true, shortName: true } },
      memberships: {
        where: { role: "TEAM_LEADER" },
        orderBy: { user: { name: "asc" } },
        select: { user: { select: { id: true, name: true } } },
      },
      _count: { select: { partners: { where: { archivedAt: null } } } },
    },
  });
  const memberCounts = await db.membership.groupBy({
    by: ["programmeId", "userId"],
    where: { programmeId: { in: rows.map((r) => r.id) } },
  });
  const countOf = new Map<string, number>();
  for (const m of memberCounts) countOf.set(m.programmeId, (countOf.get(m.programmeId) ?? 0) + 1);
  return {
    ...paging,
    rows: rows.map((p) => ({
      id: p.id,
      title: p.title,
      status: p.status,
      lead: p.leadInstitution,
      leaders: p.memberships.map((m) => m.user),
      memberCount: countOf.get(p.id) ?? 0,
      partnerCount: p._count.partners,
    })),
  };
}

/** People who can lead a new programme: active, with a home institution (it becomes the lead). */
export function listLeaderOptions() {
  return db.user.findMany({
    where: { deactivatedAt: null, institutionId: { not: null } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, email: true, institution: { select: { shortName: true } } },
  });
}

export function findLeaderCandidate(userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, institutionId: true, deactivatedAt: true } });
}
