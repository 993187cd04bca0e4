import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/auth/permissions";
import { loadProgrammeActor } from "@/lib/programmes/data";
import { ROLE_LABELS } from "@/lib/domain/labels";
import { SERVICE_LABELS } from "@/lib/domain/services";
import { describeChanges, humanize, referencedIds, type FieldChange } from "./format";
import { AUDIT_PAGE_SIZE, type AuditFilters } from "./schema";

export type AuditRow = {
  id: string;
  at: Date;
  actorName: string;
  action: string;
  actionLabel: string;
  entityType: string;
  entityLabel: string;
  entityId: string;
  changes: FieldChange[];
};

export type AuditTrail = {
  rows: AuditRow[];
  total: number;
  page: number;
  pageCount: number;
  options: {
    actors: { id: string; name: string }[];
    actions: { value: string; label: string }[];
    entities: { value: string; label: string }[];
  };
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The programme's audit trail, for those who may see it (`audit.view`: the team leader), else
 * null — the page answers 404, as for any programme one may not look into. Every query is scoped
 * to this programme in its where clause.
 */
export async function listAuditTrail(
  user: { id: string; isPlatformAdmin: boolean },
  programmeId: string,
  filters: AuditFilters,
): Promise<AuditTrail | null> {
  const actor = await loadProgrammeActor(user, programmeId);
  if (!actor || !can(actor, "audit.view")) return null;

  const where: Prisma.AuditLogWhereInput = {
    programmeId,
    ...(filters.actor ? { actorId: filters.actor === "system" ? null : filters.actor } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.entity ? { entityType: filters.entity } : {}),
    // Whole days, in UTC (the page says so): "to" includes that day.
    ...(filters.from || filters.to
      ? {
          at: {
            ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}),
            ...(filters.to ? { lt: new Date(Date.parse(`${filters.to}T00:00:00Z`) + DAY_MS) } : {}),
          },
        }
      : {}),
  };

  const [total, actorGroups, actionGroups, entityGroups] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.groupBy({ by: ["actorId"], where: { programmeId } }),
    db.auditLog.groupBy({ by: ["action"], where: { programmeId }, orderBy: { action: "asc" } }),
    db.auditLog.groupBy({ by: ["entityType"], where: { programmeId }, orderBy: { entityType: "asc" } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const actorIds = actorGroups.map((g) => g.actorId).filter((id): id is string => id !== null);
  const [rows, actors] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        at: true,
        action: true,
        entityType: true,
        entityId: true,
        before: true,
        after: true,
        actor: { select: { name: true } },
      },
    }),
    db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);

  // Show people and institutions by name, services and roles by their labels.
  const ids = [...new Set(rows.flatMap((r) => referencedIds(r.before, r.after)))];
  const [people, institutions] = ids.length
    ? await Promise.all([
        db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
        db.institution.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
      ])
    : [[], []];
  const names = new Map<string, string>([
    ...Object.entries(SERVICE_LABELS),
    ...Object.entries(ROLE_LABELS),
    ...people.map((p): [string, string] => [p.id, p.name]),
    ...institutions.map((i): [string, string] => [i.id, i.name]),
  ]);

  return {
    total,
    page,
    pageCount,
    rows: rows.map((r) => ({
      id: r.id.toString(),
      at: r.at,
      actorName: r.actor?.name ?? "Consort (system)",
      action: r.action,
      actionLabel: humanize(r.action),
      entityType: r.entityType,
      entityLabel: humanize(r.entityType),
      entityId: r.entityId,
      changes: describeChanges(r.before, r.after, names),
    })),
    options: {
      actors: [...actors, ...(actorGroups.some((g) => g.actorId === null) ? [{ id: "system", name: "Consort (system)" }] : [])],
      actions: actionGroups.map((g) => ({ value: g.action, label: humanize(g.action) })),
      entities: entityGroups.map((g) => ({ value: g.entityType, label: humanize(g.entityType) })),
    },
  };
}
