// Calls the REAL server actions the way Next.js would, as a chosen user, on the real database.
// Test files must mock the session layer themselves (vi.mock is hoisted per file):
//   vi.mock("@/lib/auth/session", () => import("@/tests/support/session-mock"));
//   vi.mock("@/lib/auth/auth", () => import("@/tests/support/auth-mock"));
//   vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
// Nothing else is mocked: zod, authorization, Prisma and PostgreSQL all run for real.
import { db } from "@/lib/db";
import { actAs, runAs } from "./session-mock";

/** What a call ended in: a returned state, or one of Next.js's control-flow throws, or a real throw. */
export type Outcome =
  | { type: "state"; state: { status: string; kind?: string; message?: string; error?: string; fieldErrors?: Record<string, string[]> } }
  | { type: "redirect"; location: string }
  | { type: "notFound" }
  | { type: "thrown"; error: unknown };

type AnyAction = (previous: never, input: never) => Promise<unknown>;

function digestOf(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string"
    ? (error as { digest: string }).digest
    : undefined;
}

/** redirect() and notFound() throw errors Next.js recognises by their digest. */
export function classifyThrow(error: unknown): Outcome {
  const digest = digestOf(error);
  if (digest?.startsWith("NEXT_REDIRECT;")) return { type: "redirect", location: digest.split(";")[2] ?? "" };
  if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return { type: "notFound" };
  return { type: "thrown", error };
}

export async function callAction(action: unknown, input: unknown, as: { id: string } | null): Promise<Outcome> {
  try {
    const result = await runAs(as, () => (action as AnyAction)(undefined as never, input as never));
    return { type: "state", state: (result ?? { status: "void" }) as Extract<Outcome, { type: "state" }>["state"] };
  } catch (error) {
    return classifyThrow(error);
  }
}

/** Calls a page's default export (an async server component) and reports how it ended. */
export async function renderPage(page: unknown, params: Record<string, string>, as: { id: string } | null): Promise<Outcome> {
  actAs(as);
  try {
    const element = await (page as (props: unknown) => Promise<unknown>)({
      params: Promise.resolve(params),
      searchParams: Promise.resolve({}),
    });
    return { type: "state", state: { status: element ? "rendered" : "empty" } };
  } catch (error) {
    return classifyThrow(error);
  }
}

export function describeOutcome(outcome: Outcome): string {
  switch (outcome.type) {
    case "state":
      return `${outcome.state.status}${outcome.state.kind ? `/${outcome.state.kind}` : ""}: ${outcome.state.message ?? outcome.state.error ?? ""}`.slice(
        0,
        300,
      );
    case "redirect":
      return `redirect → ${outcome.location}`;
    case "notFound":
      return "notFound()";
    case "thrown":
      return `THROWN ${outcome.error instanceof Error ? `${outcome.error.name}: ${outcome.error.message}` : String(outcome.error)}`.slice(
        0,
        500,
      );
  }
}

/**
 * One digest of every application table, in a single query (fast enough to take before and after
 * each of thousands of fuzz calls). Equal digests ⇒ no row was inserted, changed or deleted.
 */
let fingerprintSql: string | undefined;
export async function databaseDigest(): Promise<string> {
  if (!fingerprintSql) {
    // SignInAttempt is left out: a refused password check (changePasswordAction) is recorded on purpose,
    // so the sign-in throttle also counts guesses made from a signed-in browser.
    const rows = await db.$queryRaw<{ tablename: string }[]>`
      SELECT tablename FROM pg_tables
      WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'SignInAttempt') ORDER BY tablename`;
    fingerprintSql =
      "SELECT " +
      rows
        .map(
          ({ tablename }) =>
            `'${tablename}:' || (SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM "public"."${tablename}" t)`,
        )
        .join(" || E'\\n' || ") +
      " AS digest";
  }
  const [row] = await db.$queryRawUnsafe<{ digest: string }[]>(fingerprintSql);
  return row?.digest ?? "";
}

/** Every exported server action: `domain/exportName` → the function, found by globbing lib/**\/actions.ts. */
export async function discoverServerActions(): Promise<Map<string, unknown>> {
  const modules = import.meta.glob<Record<string, unknown>>("/lib/**/actions.ts");
  const found = new Map<string, unknown>();
  for (const [file, load] of Object.entries(modules)) {
    const domain = file.replace(/^\/lib\//, "").replace(/\/actions\.ts$/, "");
    const exports = await load();
    for (const [name, value] of Object.entries(exports)) if (typeof value === "function") found.set(`${domain}/${name}`, value);
  }
  return found;
}
