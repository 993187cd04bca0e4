// Where e-mail goes and how links in it start. SMTP_URL unset (the quick start): the built-in outbox.

/** The address Consort's e-mails come from. */
export function mailFrom(): string {
  return process.env.MAIL_FROM || "Consort <consort@localhost>";
}

/** smtp://user:pass@host:587 (STARTTLS when the server offers it) or smtps://…:465; undefined: the outbox. */
export function smtpUrl(): string | undefined {
  return process.env.SMTP_URL || undefined;
}

/** The address people open Consort at, for absolute links in e-mails (no trailing slash). */
export function appUrl(): string {
  const configured = process.env.APP_URL || process.env.AUTH_URL;
  const base = configured || `http://localhost:${process.env.PORT || 3000}`;
  return base.replace(/\/+$/, "");
}

/** An absolute link to a path inside Consort ("/account" → "https://consort.example.org/account"). */
export function absoluteUrl(path: string): string {
  return `${appUrl()}${path.startsWith("/") ? path : `/${path}`}`;
}

/** How mail leaves Consort, for the admin's outbox page (never the SMTP password). */
export function describeMailSetup(): { mode: "outbox" | "smtp"; server: string | null; from: string } {
  const url = smtpUrl();
  if (!url) return { mode: "outbox", server: null, from: mailFrom() };
  let server: string;
  try {
    const parsed = new URL(url);
    server = `${parsed.protocol}//${parsed.host}`;
  } catch {
    server = "SMTP_URL";
  }
  return { mode: "smtp", server, from: mailFrom() };
}
