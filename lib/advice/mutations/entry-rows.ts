import "server-only";
import type { Tx } from "@/lib/db";
import { conflict, forbidden, notFound } from "@/lib/errors";
import type { AdviceKind } from "@/lib/generated/prisma/enums";
import { msg } from "@/lib/i18n/message";

// Every write to an entry runs after its action authorized the person on the target row
// (lib/advice/actions.ts). Inside one transaction it locks the row, re-checks its state and version,
// and writes the change with its revision snapshot and audit row. Nothing here asks the pool for a
// second connection.

export const TX_OPTIONS = { maxWait: 10_000, timeout: 30_000 } as const;
export const dateOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

export type AdviceText = {
  givenOn: string;
  givenByName: string;
  givenByRole: string;
  summary: string;
  details: string;
  kind: AdviceKind;
};

export const snapshotFields = {
  id: true,
  programmeId: true,
  institutionId: true,
  service: true,
  givenOn: true,
  givenByName: true,
  givenByRole: true,
  summary: true,
  details: true,
  kind: true,
  visibility: true,
  version: true,
  deletedAt: true,
  engagementId: true,
  followUpNeeded: true,
  followUpNote: true,
} as const;

/**
 * The entry, locked for this transaction, if it is still at the version the person saw. Its
 * action has authorized the person on it already (lib/advice/actions.ts).
 */
export async function lockEntry(tx: Tx, adviceId: string, version: number) {
  await tx.$queryRaw`SELECT 1 FROM "AdviceEntry" WHERE "id" = ${adviceId} FOR UPDATE`;
  const entry = await tx.adviceEntry.findUnique({ where: { id: adviceId }, select: snapshotFields });
  if (!entry) throw notFound(msg("advice.errors.entryGone"));
  if (entry.version !== version) throw conflict(msg("advice.errors.changedMeanwhile"));
  return entry;
}
export type EntrySnapshot = Awaited<ReturnType<typeof lockEntry>>;

/** Removed entries are read-only until the team leader restores them. */
export function refuseIfRemoved(entry: EntrySnapshot) {
  if (entry.deletedAt) throw forbidden(msg("advice.errors.removedReadOnly"));
}

export async function writeRevision(
  tx: Tx,
  entry: EntrySnapshot,
  editedById: string,
  action: "EDITED" | "SHARED" | "DELETED" | "RESTORED",
  reason?: string,
) {
  await tx.adviceRevision.create({
    data: {
      adviceId: entry.id,
      revision: entry.version + 1,
      givenOn: entry.givenOn,
      givenByName: entry.givenByName,
      givenByRole: entry.givenByRole,
      summary: entry.summary,
      details: entry.details,
      kind: entry.kind,
      visibility: entry.visibility,
      action,
      reason: reason ?? null,
      editedById,
    },
  });
}
