// The e2e tests' second Consort: the same production build, its own seeded database, and SMTP_URL set
// to a real SMTP server started here (tests/support/smtp-server.ts). What that server received is
// served as JSON at http://127.0.0.1:$CONSORT_E2E_MAILBOX_PORT/messages, so a test can open the
// e-mail a person got and follow its link in Chromium (tests/e2e/smtp-mailbox.ts).
// Started by playwright.config.ts after the first server (so the build is already fresh).
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import path from "node:path";
import pg from "pg";
import { startSmtpServer } from "./smtp-server.ts";

const root = path.resolve(import.meta.dirname, "..", "..");
const baseUrl = process.env.DATABASE_URL;
const appPort = process.env.CONSORT_E2E_SMTP_APP_PORT;
const mailboxPort = Number(process.env.CONSORT_E2E_MAILBOX_PORT);
if (!baseUrl || !appPort || !mailboxPort)
  throw new Error("smtp-app needs DATABASE_URL, CONSORT_E2E_SMTP_APP_PORT and CONSORT_E2E_MAILBOX_PORT.");

// Its own database beside the first server's: e-mail jobs are shared by every worker on a database,
// and this one's workers must deliver by SMTP, the other's to the outbox.
const url = new URL(baseUrl);
const name = `${decodeURIComponent(url.pathname.slice(1))}_smtp`;
const admin = new pg.Client({ connectionString: Object.assign(new URL(baseUrl), { pathname: "/postgres" }).toString() });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await admin.query(`CREATE DATABASE "${name}"`);
await admin.end();
url.pathname = `/${name}`;

const smtp = await startSmtpServer();
const mailbox = createServer((request, response) => {
  const to = new URL(request.url ?? "/", "http://mailbox").searchParams.get("to")?.toLowerCase();
  const messages = smtp.inbox
    .map((mail) => ({
      to: (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) => a.value.map((v) => v.address?.toLowerCase())),
      subject: mail.subject ?? "",
      text: mail.text ?? "",
      html: typeof mail.html === "string" ? mail.html : "",
      // Raw header lines ("List-Unsubscribe: <…>"), by lower-case name.
      headers: Object.fromEntries(mail.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(":") + 1).trim()])),
    }))
    .filter((m) => !to || m.to.includes(to));
  response.writeHead(200, { "Content-Type": "application/json" });
  response.end(JSON.stringify(messages));
});
await new Promise<void>((resolve) => mailbox.listen(mailboxPort, "127.0.0.1", resolve));

const app = spawn(process.execPath, ["--import", "tsx", "lib/cli/start.ts", "--fresh-demo"], {
  cwd: root,
  env: { ...process.env, DATABASE_URL: url.toString(), PORT: appPort, SMTP_URL: smtp.url, MAIL_FROM: "Consort <consort@e2e.test>" },
  stdio: "inherit",
});
const stop = () => app.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
app.on("exit", (code) => {
  mailbox.close();
  void smtp.close().then(() => process.exit(code ?? 0));
});
