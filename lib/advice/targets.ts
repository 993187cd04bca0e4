import "server-only";
import { db } from "@/lib/db";

// What the advice actions are aimed at, loaded before authorization: the programme, institution
// and service come from these rows, never from the request.

/** The engagement advice is logged on. */
export async function findEngagementForAdvice(engagementId: string) {
  const row = await db.engagement.findUnique({
    where: { id: engagementId },
    select: {
      id: true,
      programmeId: true,
      institutionId: true,
      service: true,
      partner: { select: { institution: { select: { name: true } } } },
    },
  });
  if (!row) return null;
  const { partner, ...engagement } = row;
  return { ...engagement, institutionName: partner.institution.name };
}
export type EngagementForAdvice = NonNullable<Awaited<ReturnType<typeof findEngagementForAdvice>>>;

const ENTRY_TARGET = {
  id: true,
  programmeId: true,
  institutionId: true,
  service: true,
  visibility: true,
  engagement: { select: { partner: { select: { institution: { select: { name: true } } } } } },
} as const;

type EntryRow = { id: string; engagement: { partner: { institution: { name: string } } } };
const entryTarget = <R extends EntryRow>({ id, engagement, ...entry }: R) => ({
  ...entry,
  adviceId: id,
  institutionName: engagement.partner.institution.name,
});

/** An advice entry about to change. */
export async function findAdviceTarget(adviceId: string) {
  const row = await db.adviceEntry.findUnique({ where: { id: adviceId }, select: ENTRY_TARGET });
  return row && entryTarget(row);
}

/** An attachment about to be removed, with the entry it belongs to. */
export async function findAttachmentTarget(attachmentId: string) {
  const row = await db.attachment.findFirst({
    where: { id: attachmentId, deletedAt: null },
    select: { id: true, advice: { select: ENTRY_TARGET } },
  });
  return row && { ...entryTarget(row.advice), attachmentId: row.id };
}
