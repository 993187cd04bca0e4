import "server-only";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

type AuditEntry = {
  actorId: string | null;
  programmeId?: string | null;
  /** verb-noun, the action's name: "moveEngagement", "logAdvice" … */
  action: string;
  entityType: string;
  entityId: string;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/** Call inside the mutation's transaction, so the audit row exists exactly when the change does. */
export async function writeAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: { ...entry, programmeId: entry.programmeId ?? null } });
}

/** Only the fields that changed, as { before, after } for the audit row. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    const rawFrom = before[key];
    const rawTo = after[key];
    const from = rawFrom instanceof Date ? rawFrom.toISOString() : rawFrom;
    const to = rawTo instanceof Date ? rawTo.toISOString() : rawTo;
    if (JSON.stringify(from) !== JSON.stringify(to)) {
      b[key] = from ?? null;
      a[key] = to ?? null;
    }
  }
  return { before: b as Prisma.InputJsonValue, after: a as Prisma.InputJsonValue, changed: Object.keys(a) };
}
