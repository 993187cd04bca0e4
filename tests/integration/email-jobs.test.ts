// E-mail as jobs in PostgreSQL, against a real SMTP server: enqueued with the change that causes it,
// delivered once (also by two workers at once, also after the SMTP server was down for a while), and
// kept in the outbox when no SMTP server is configured.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import PgBoss from "pg-boss";
import { enqueue } from "@/lib/jobs/mutations";
import { JOB_SCHEMA } from "@/lib/jobs/queues";
import { startWorker, type RunningWorker } from "@/lib/jobs/worker";
import { deliverEmail } from "@/lib/mail/mutations";
import { createUser } from "@/tests/factories";
import { db, resetDatabase } from "@/tests/support/database";
import { startSmtpServer, type TestSmtpServer } from "@/tests/support/smtp-server";

const databaseUrl = process.env.DATABASE_URL!;

async function jobCount(): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ count: bigint }[]>(`SELECT count(*) FROM ${JOB_SCHEMA}.job WHERE name = 'email'`);
  return Number(row?.count ?? 0);
}

/** No e-mail job waiting, running or due for a retry. */
async function jobsSettled(): Promise<boolean> {
  const [row] = await db.$queryRawUnsafe<{ count: bigint }[]>(
    `SELECT count(*) FROM ${JOB_SCHEMA}.job WHERE name = 'email' AND state IN ('created', 'retry', 'active')`,
  );
  return Number(row?.count) === 0;
}

async function sendTestEmails(userIds: string[]) {
  await db.$transaction(async (tx) => {
    for (const userId of userIds) await enqueue(tx, "email", { template: "test", key: `test:${userId}`, args: { userId } });
  });
}

describe("enqueueing in the transaction of the change", () => {
  beforeEach(resetDatabase);

  it("a committed change has its job; a rolled-back one leaves none", async () => {
    const person = await createUser();
    await sendTestEmails([person.id]);
    expect(await jobCount()).toBe(1);
    await expect(
      db.$transaction(async (tx) => {
        await enqueue(tx, "email", { template: "test", key: "test:rolled-back", args: { userId: person.id } });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await jobCount()).toBe(1);
  });
});

describe("the outbox (no SMTP_URL)", () => {
  beforeEach(resetDatabase);

  it("keeps each message once, rendered in the recipient's language with absolute links", async () => {
    const person = await createUser({ name: "Hanna Vogel" });
    await db.user.update({ where: { id: person.id }, data: { locale: "de" } });
    const job = { template: "test", key: `test:${person.id}`, args: { userId: person.id } } as const;
    expect(await deliverEmail(job)).toBe("sent");
    expect(await deliverEmail(job)).toBe("already-sent");
    const rows = await db.emailMessage.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ transport: "outbox", toAddress: person.email, subject: "Test-E-Mail von Consort" });
    expect(rows[0]?.sentAt).toBeInstanceOf(Date);
    expect(rows[0]?.text).toContain("Hallo Hanna Vogel");
    expect(rows[0]?.text).toMatch(/http:\/\/localhost:\d+\/admin\/outbox/);
    expect(rows[0]?.html).toContain('<html lang="de">');
  });

  it("sends nothing to a deactivated account", async () => {
    const person = await createUser();
    await db.user.update({ where: { id: person.id }, data: { deactivatedAt: new Date() } });
    expect(await deliverEmail({ template: "test", key: "k", args: { userId: person.id } })).toBe("nothing-to-send");
    expect(await db.emailMessage.count()).toBe(0);
  });
});

describe("SMTP with workers", () => {
  let smtp: TestSmtpServer;
  const workers: RunningWorker[] = [];

  beforeAll(async () => {
    // Retries from 1 s instead of 5 s for the test (the queue's policy lives in the database).
    const boss = new PgBoss({ connectionString: databaseUrl, schema: JOB_SCHEMA, supervise: false, schedule: false });
    await boss.start();
    await boss.updateQueue("email", { name: "email", retryLimit: 12, retryDelay: 1, retryBackoff: true });
    await boss.stop({ graceful: false });
  });
  beforeEach(async () => {
    await resetDatabase();
    smtp = await startSmtpServer();
    process.env.SMTP_URL = smtp.url;
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop()));
    delete process.env.SMTP_URL;
    await smtp.close();
  });
  afterAll(async () => {
    const boss = new PgBoss({ connectionString: databaseUrl, schema: JOB_SCHEMA, supervise: false, schedule: false });
    await boss.start();
    await boss.updateQueue("email", { name: "email", retryLimit: 12, retryDelay: 5, retryBackoff: true });
    await boss.stop({ graceful: false });
  });

  it("two workers on one database deliver each message exactly once", async () => {
    const people = await Promise.all(Array.from({ length: 8 }, () => createUser()));
    workers.push(await startWorker(databaseUrl, () => {}), await startWorker(databaseUrl, () => {}));
    await sendTestEmails(people.map((p) => p.id));
    await smtp.waitFor(8);
    await expect.poll(jobsSettled, { timeout: 20_000 }).toBe(true);
    expect(smtp.inbox).toHaveLength(8);
    expect(await db.emailMessage.count({ where: { sentAt: { not: null } } })).toBe(8);
    expect(smtp.inbox.map((m) => (Array.isArray(m.to) ? m.to[0] : m.to)?.text).sort()).toEqual(people.map((p) => p.email).sort());
    const [first] = smtp.inbox;
    expect(first?.subject).toBe("Consort test e-mail");
    expect(first?.text).toContain("/admin/outbox");
    expect(first?.html).toContain('href="http://localhost');
    const stored = await db.emailMessage.findFirstOrThrow();
    expect(stored).toMatchObject({ transport: "smtp", text: "", html: "" });
  });

  it("while the SMTP server is down the job is retried, and each message arrives once when it is back", async () => {
    const people = await Promise.all(Array.from({ length: 3 }, () => createUser()));
    smtp.refuse();
    workers.push(await startWorker(databaseUrl, () => {}));
    await sendTestEmails(people.map((p) => p.id));
    // Every message tried and refused, some of them more than once.
    await expect
      .poll(() => db.emailMessage.count({ where: { sentAt: null, lastError: { contains: "Service unavailable" } } }), { timeout: 30_000 })
      .toBe(3);
    await expect.poll(() => smtp.refusals(), { timeout: 30_000 }).toBeGreaterThan(3);
    smtp.accept();
    await smtp.waitFor(3, 60_000);
    await expect.poll(jobsSettled, { timeout: 20_000 }).toBe(true);
    expect(smtp.inbox).toHaveLength(3);
    expect(await db.emailMessage.count({ where: { sentAt: { not: null } } })).toBe(3);
  });
});
