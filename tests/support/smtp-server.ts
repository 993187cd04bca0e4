// A real SMTP server for tests (smtp-server + mailparser): Consort sends to it over TCP exactly as it
// would to a university's mail server, and the test reads back what arrived, parsed.
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type TestSmtpServer = {
  url: string;
  port: number;
  inbox: ParsedMail[];
  /** Resolves when `count` messages have arrived (fails after `timeoutMs`). */
  waitFor: (count: number, timeoutMs?: number) => Promise<ParsedMail[]>;
  /** The server refuses every message (like one that is down) until `accept()`. */
  refuse: () => void;
  accept: () => void;
  /** How many deliveries were refused while down. */
  refusals: () => number;
  close: () => Promise<void>;
};

export async function startSmtpServer(port = 0): Promise<TestSmtpServer> {
  const inbox: ParsedMail[] = [];
  const waiters = new Set<() => void>();
  let refusing = false;
  let refused = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      if (refusing) {
        refused++;
        stream.resume();
        stream.on("end", () => callback(Object.assign(new Error("Service unavailable (test)"), { responseCode: 421 })));
        return;
      }
      simpleParser(stream).then(
        (mail) => {
          inbox.push(mail);
          for (const wake of waiters) wake();
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  // A client that dies mid-message (a worker killed in a fault test) resets its connection: not a server failure.
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "ECONNRESET") console.error("[test smtp]", error.message);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.server.address();
  const bound = typeof address === "object" && address ? address.port : port;
  return {
    url: `smtp://127.0.0.1:${bound}`,
    port: bound,
    inbox,
    waitFor: (count, timeoutMs = 30_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (inbox.length < count) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(inbox);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`Expected ${count} e-mail(s) within ${timeoutMs} ms, got ${inbox.length}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    refuse: () => {
      refusing = true;
    },
    accept: () => {
      refusing = false;
    },
    refusals: () => refused,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
