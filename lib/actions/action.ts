import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { currentUser, type SessionUser } from "@/lib/auth/session";
import { can, isMember, type PermissionTarget, type ProgrammeAction, type ProgrammeActor } from "@/lib/auth/permissions";
import { loadProgrammeActor } from "@/lib/programmes/data";
import { ExpectedError, forbidden, GENERIC_ERROR_MESSAGE, notFound } from "@/lib/errors";
import { isDatabaseUnavailable, UNAVAILABLE_MESSAGE } from "./database-errors";

/** What every server action returns to its form (useActionState) or caller. */
export type ActionState<T = undefined> =
  | { status: "idle" }
  | { status: "success"; message: string; data?: T }
  | { status: "error"; message: string; fieldErrors?: Record<string, string[]>; kind?: ExpectedError["kind"] | "unauthenticated" };

export const IDLE: ActionState = { status: "idle" };

export type ActionInput = FormData | Record<string, unknown>;

/** FormData → plain object; repeated keys (or keys ending in []) become arrays. */
export function formDataToObject(input: ActionInput): Record<string, unknown> {
  if (!(input instanceof FormData)) return input ?? {};
  const out: Record<string, unknown> = {};
  for (const key of new Set(input.keys())) {
    if (key.startsWith("$ACTION")) continue; // Next.js internals
    const values = input.getAll(key);
    const name = key.endsWith("[]") ? key.slice(0, -2) : key;
    // defineProperty, not assignment: a field named "__proto__" must not replace the object's prototype.
    Object.defineProperty(out, name, {
      value: key.endsWith("[]") || values.length > 1 ? values : values[0],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

// PostgreSQL cannot store U+0000 in text, nor half of a surrogate pair in JSON (audit rows): such
// characters never come from a browser's form, so they are refused as a field error, not a 500.
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The (top-level) field whose value holds such a character anywhere inside it, or null. */
function fieldWithUnstorableCharacter(input: unknown): string | null {
  const holds = (value: unknown, depth: number): boolean => {
    if (typeof value === "string") return UNSTORABLE.test(value);
    if (depth > 8 || value === null || typeof value !== "object" || value instanceof Blob || value instanceof Date) return false;
    return Object.values(value).some((v) => holds(v, depth + 1));
  };
  if (input === null || typeof input !== "object") return holds(input, 0) ? "form" : null;
  for (const [key, value] of Object.entries(input)) if (holds(value, 0)) return key;
  return null;
}

function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

/**
 * The one shape of every server action: (1) authenticate, (2) validate with zod, then the handler
 * (3) loads its target and authorizes against database state — `authorizeInProgramme` — and
 * (4) mutates in a transaction with its history and audit rows, (5) revalidates.
 * Expected failures come back as typed states; unexpected ones are logged and shown generically.
 */
export function defineAction<S extends z.ZodType, T = undefined>(
  schema: S,
  handler: (user: SessionUser, input: z.output<S>) => Promise<ActionState<T> | void>,
) {
  return async function action(_previous: ActionState<T> | undefined, rawInput: ActionInput): Promise<ActionState<T>> {
    try {
      const user = await currentUser();
      if (!user) return { status: "error", kind: "unauthenticated", message: "Your session has ended. Sign in again to continue." };
      const input = formDataToObject(rawInput);
      const unstorable = fieldWithUnstorableCharacter(input);
      if (unstorable !== null) {
        const message =
          "Remove the invisible control or broken character from this field (it can come from copying out of another program).";
        return {
          status: "error",
          kind: "invalid",
          message: "Please correct the highlighted fields.",
          fieldErrors: { [unstorable]: [message] },
        };
      }
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        return {
          status: "error",
          kind: "invalid",
          message: "Please correct the highlighted fields.",
          fieldErrors: fieldErrorsOf(parsed.error),
        };
      }
      return (await handler(user, parsed.data)) ?? { status: "success", message: "Saved." };
    } catch (error) {
      unstable_rethrow(error); // redirect() and notFound() must reach Next.js
      if (error instanceof ExpectedError) return { status: "error", kind: error.kind, message: error.message };
      if (isDatabaseUnavailable(error)) return { status: "error", kind: "unavailable", message: UNAVAILABLE_MESSAGE };
      console.error("Unexpected error in a server action", error);
      return { status: "error", message: GENERIC_ERROR_MESSAGE };
    }
  };
}

/**
 * Step 3: the user's roles in the programme that owns the target, read from the database now.
 * Non-members get "not found" (the programme's existence is not revealed); members without the
 * right get a refusal that says so.
 */
export async function authorizeInProgramme(
  user: SessionUser,
  programmeId: string,
  action: ProgrammeAction,
  target: PermissionTarget = {},
  refusal?: string,
): Promise<ProgrammeActor> {
  const actor = await loadProgrammeActor(user, programmeId);
  if (!actor || (!isMember(actor) && !actor.isPlatformAdmin)) throw notFound();
  if (!can(actor, action, target)) throw forbidden(refusal);
  return actor;
}
