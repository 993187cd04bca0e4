// The e2e server runs without SMTP_URL, so the e-mails of invitations and password resets land in the
// built-in outbox (EmailMessage rows, delivered by the server's job worker): a test reads the newest one
// to an address, as a person would open it, and follows the link in its text.
import pg from "pg";
import type { Browser, BrowserContextOptions, Page } from "@playwright/test";
import { expect } from "./fixtures";

let pool: pg.Pool | undefined;
const database = () => (pool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2, allowExitOnIdle: true }));

export type Email = { subject: string; text: string; html: string };

/**
 * The moment to look for e-mails from (the database's clock, which stamps them). Rows hold UTC
 * wall-clock times without a zone (Prisma), so queries compare with `$2::timestamptz AT TIME ZONE
 * 'UTC'`: a bare comparison would follow the session's TimeZone (the test tiers run in Auckland).
 */
export async function mailboxMark(): Promise<Date> {
  const { rows } = await database().query<{ now: Date }>("SELECT now() AS now");
  return rows[0]!.now;
}

/** The newest e-mail to `address` delivered since `since`, once the job worker has put it in the outbox. */
export async function newestEmailTo(address: string, since: Date): Promise<Email> {
  let found: Email | undefined;
  await expect
    .poll(
      async () => {
        const { rows } = await database().query<Email>(
          `SELECT subject, text, html FROM "EmailMessage"
           WHERE "toAddress" = $1 AND "createdAt" >= ($2::timestamptz AT TIME ZONE 'UTC') AND "sentAt" IS NOT NULL
           ORDER BY "createdAt" DESC LIMIT 1`,
          [address, since],
        );
        found = rows[0];
        return Boolean(found);
      },
      { message: `an e-mail to ${address}`, timeout: 30_000 },
    )
    .toBe(true);
  return found!;
}

/** How many e-mails went to `address` since `since`. */
export async function emailsTo(address: string, since: Date): Promise<number> {
  const { rows } = await database().query<{ count: string }>(
    `SELECT count(*) FROM "EmailMessage" WHERE "toAddress" = $1 AND "createdAt" >= ($2::timestamptz AT TIME ZONE 'UTC')`,
    [address, since],
  );
  return Number(rows[0]!.count);
}

/** The path of the link into Consort in an e-mail's text that starts with `prefix` ("/welcome/"). */
export function linkIn(email: Email, prefix: string): string {
  const match = new RegExp(`https?://[^\\s/]+(${prefix}[A-Za-z0-9_-]+)`).exec(email.text);
  if (!match?.[1]) throw new Error(`No ${prefix} link in the e-mail "${email.subject}":\n${email.text}`);
  return match[1];
}

/** A person added to the demo data for one test: a copy of Pieter's account (same demo password), under another address. */
export async function createDemoPerson(name: string, email: string): Promise<void> {
  await database().query(
    `INSERT INTO "User" (id, name, email, "passwordHash", "institutionId", "updatedAt")
     SELECT $1, $2, $3, "passwordHash", "institutionId", now() FROM "User" WHERE email = 'pieter.jansen@rijnmond.test'`,
    [`e2e-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`, name, email],
  );
}

/** A browser of its own (nobody signed in), on `path`. */
export async function openInNewBrowser(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(path);
  return page;
}
