import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { sayIn } from "@/lib/i18n/translate";
import { QUEUES } from "@/lib/jobs/queues";
import { smtpUrl } from "./config";
import { renderEmail } from "./render";
import { buildEnvelope, type EmailTemplateName, type EmailTemplates } from "./templates";
import { sendBySmtp } from "./transport";

/** The data of an "email" job: which template, with what, and the key that makes it one message. */
export type EmailJob = { [T in EmailTemplateName]: { template: T; key: string; args: EmailTemplates[T] } }[EmailTemplateName];

/** A worker that crashed mid-send releases its claim after this long (the e-mail job's expiry); then another may try. */
const CLAIM_SECONDS = QUEUES.email.expireInSeconds;

/** The same Message-ID for every attempt: should a crash ever cause a second send, mail clients show one message. */
function messageIdFor(key: string): string {
  return `<${createHash("sha256").update(key).digest("hex").slice(0, 32)}@consort>`;
}

/**
 * Sends one e-mail job, at most once per key: the EmailMessage row with that key is claimed before
 * sending and marked sent after. Without SMTP_URL the row is the delivery (the outbox). A failure is
 * recorded on the row and thrown, so pg-boss retries the job later.
 */
export async function deliverEmail(job: EmailJob): Promise<"sent" | "already-sent" | "nothing-to-send"> {
  const existing = await db.emailMessage.findUnique({ where: { key: job.key }, select: { sentAt: true } });
  if (existing?.sentAt) return "already-sent";

  const envelope = await buildEnvelope(job.template, job.args as never);
  if (!envelope) return "nothing-to-send";
  const rendered = renderEmail(envelope.content, await sayIn(envelope.locale), envelope.locale);
  const smtp = smtpUrl();
  // Sent by SMTP, only the envelope is kept: the body may hold a single-use link, and the database
  // keeps only hashes of those. The outbox keeps the body: it is how the message is read.
  const row = {
    toAddress: envelope.to,
    userId: envelope.userId ?? null,
    subject: rendered.subject,
    text: smtp ? "" : rendered.text,
    html: smtp ? "" : rendered.html,
    headers: rendered.headers,
    transport: smtp ? "smtp" : "outbox",
  };

  if (!smtp) {
    // The outbox: writing the row is the delivery, once per key.
    await db.emailMessage.upsert({
      where: { key: job.key },
      create: { key: job.key, ...row, attempts: 1, sentAt: new Date() },
      update: { ...row, attempts: { increment: 1 }, sentAt: new Date(), lastError: null },
    });
    return "sent";
  }

  await db.emailMessage.createMany({ data: [{ key: job.key, ...row }], skipDuplicates: true });
  // UTC wall-clock times, like every timestamp Prisma stores (bare now() would follow the session's zone).
  const claimed = await db.$executeRaw`
    UPDATE "EmailMessage" SET "claimedAt" = (now() AT TIME ZONE 'UTC'), attempts = attempts + 1
    WHERE key = ${job.key} AND "sentAt" IS NULL
      AND ("claimedAt" IS NULL OR "claimedAt" < (now() AT TIME ZONE 'UTC') - make_interval(secs => ${CLAIM_SECONDS}))`;
  if (claimed === 0) {
    const now = await db.emailMessage.findUnique({ where: { key: job.key }, select: { sentAt: true } });
    if (now?.sentAt) return "already-sent";
    // Another worker is sending it right now: try again later, in case that worker dies.
    throw new Error(`E-mail ${job.key} is being sent by another worker`);
  }
  try {
    await sendBySmtp(envelope.to, rendered, messageIdFor(job.key));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await db.emailMessage.update({ where: { key: job.key }, data: { claimedAt: null, lastError: reason.slice(0, 1000) } });
    throw error;
  }
  await db.emailMessage.update({ where: { key: job.key }, data: { sentAt: new Date(), claimedAt: null, lastError: null } });
  return "sent";
}
