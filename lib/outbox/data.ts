import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ADMIN_PAGE_SIZE } from "@/lib/admin/schema";

// Admin → Outbox: every e-mail Consort sent or is retrying, newest first. Callers have checked that
// the reader is a platform admin.

export type OutboxQuery = { q: string; page: number };

const LIST_SELECT = {
  id: true,
  toAddress: true,
  subject: true,
  transport: true,
  attempts: true,
  lastError: true,
  createdAt: true,
  sentAt: true,
} as const;

export async function listOutbox({ q, page }: OutboxQuery) {
  const where: Prisma.EmailMessageWhereInput = q
    ? { OR: [{ toAddress: { contains: q, mode: "insensitive" } }, { subject: { contains: q, mode: "insensitive" } }] }
    : {};
  const total = await db.emailMessage.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
  const current = Math.min(page, pageCount);
  const rows = await db.emailMessage.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (current - 1) * ADMIN_PAGE_SIZE,
    take: ADMIN_PAGE_SIZE,
    select: LIST_SELECT,
  });
  return { total, page: current, pageCount, rows };
}

export function getOutboxMessage(id: string) {
  return db.emailMessage.findUnique({ where: { id }, select: { ...LIST_SELECT, text: true, html: true, headers: true } });
}
