import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { mailFrom, smtpUrl } from "./config";
import type { RenderedEmail } from "./render";

// The SMTP connection, made once per process from SMTP_URL. Timeouts are short so a dead server
// fails the attempt (and pg-boss retries it later) instead of holding a worker.
let transporter: { url: string; transport: Transporter } | undefined;

function smtp(url: string): Transporter {
  if (transporter?.url !== url) {
    transporter = {
      url,
      // One connection per message (no pool): a refused or dropped message fails its own job at once,
      // and pg-boss retries it; a pool would re-queue it internally and hold the job.
      transport: nodemailer.createTransport({
        url,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      }),
    };
  }
  return transporter.transport;
}

/** Hands one message to the SMTP server at SMTP_URL; resolves once the server accepted it. */
export async function sendBySmtp(to: string, email: RenderedEmail, messageId: string): Promise<void> {
  const url = smtpUrl();
  if (!url) throw new Error("SMTP_URL is not set");
  await smtp(url).sendMail({
    from: mailFrom(),
    to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    headers: email.headers,
    messageId,
  });
}
