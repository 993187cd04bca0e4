// E-mails as people receive them from the second e2e server, which sends by SMTP to a real server
// (tests/support/smtp-app.ts). The first server's e-mails are in its outbox: tests/e2e/mailbox.ts.
import { expect } from "@playwright/test";

export type ReceivedMail = { to: string[]; subject: string; text: string; html: string; headers: Record<string, string> };

/** The base URL of the Consort instance that sends by SMTP. */
export const SMTP_APP_URL = `http://localhost:${process.env.CONSORT_E2E_SMTP_APP_PORT}`;

async function received(to: string): Promise<ReceivedMail[]> {
  const response = await fetch(`http://127.0.0.1:${process.env.CONSORT_E2E_MAILBOX_PORT}/messages?to=${encodeURIComponent(to)}`);
  return (await response.json()) as ReceivedMail[];
}

/** Waits (on the condition, not on time) for an e-mail to `to` whose subject matches, and returns it. */
export async function waitForMail(to: string, subject: RegExp): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(async () => {
      found = (await received(to)).findLast((m) => subject.test(m.subject));
      return found !== undefined;
    })
    .toBe(true);
  return found!;
}

/** The first link in an e-mail's plain text that leads into Consort at `base` (as a path). */
export function linkIn(mail: ReceivedMail, base: string): string {
  const url = mail.text.match(/https?:\/\/\S+/g)?.find((u) => u.startsWith(base));
  if (!url) throw new Error(`No link to ${base} in the e-mail "${mail.subject}":\n${mail.text}`);
  return url.slice(base.length);
}
