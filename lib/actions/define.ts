import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { currentUser, type SessionUser } from "@/lib/auth/session";
import {
  can,
  isMember,
  PLATFORM_ADMIN_ACTIONS,
  type PermissionTarget,
  type ProgrammeAction,
  type ProgrammeActor,
} from "@/lib/auth/permissions";
import { loadProgrammeActor } from "@/lib/programmes/data";
import { userMayStartProgrammes } from "@/lib/platform/data";
import { ExpectedError, forbidden, notFound } from "@/lib/errors";
import { msg, type Message } from "@/lib/i18n/message";
import { getSay } from "@/lib/i18n/server";
import { isDatabaseUnavailable, isUniqueViolation } from "./database-errors";
import { fieldWithUnstorableCharacter, formDataToObject, typedValues, zodFieldErrors } from "./input";
import type { ActionInput, ActionResult, ActionState } from "./state";

/**
 * The one way to write a server action. Each helper authenticates, validates with zod, loads the
 * target and authorizes against database state before the handler runs; the handler mutates (one
 * transaction with its history and audit rows) and revalidates. What each action is allowed by is
 * declared, readable by declarationOf(), so tests check every action against the expectations table:
 * - defineProgrammeAction: inside a programme, governed by a row of the permission table;
 * - defineAdminAction: platform administration;
 * - defineSignedInAction: anyone signed in, acting on themselves;
 * - defineProgrammeStartAction: starting a programme, as the platform setting allows;
 * - definePublicFormAction: a form for anyone, authorized by what it carries (a single-use link);
 * - definePublicAction: signing in and out (Auth.js does the work).
 */
type ActionDeclaration =
  | { kind: "public" }
  | { kind: "signedIn" }
  | { kind: "programmeStarter" }
  | { kind: "platformAdmin" }
  | { kind: "programme"; permission: ProgrammeAction; secondary: ProgrammeAction[] };

type ServerAction<T> = (previous: ActionState<T> | undefined, input: ActionInput) => Promise<ActionState<T>>;
type CheckedAction<T> = (input: ActionInput) => Promise<ActionResult<T>>;

const DECLARATIONS = new WeakMap<object, ActionDeclaration>();

/** How an exported server action was built, or undefined when it was not built by one of these helpers. */
export function declarationOf(action: unknown): ActionDeclaration | undefined {
  return typeof action === "function" ? DECLARATIONS.get(action) : undefined;
}

function declared<F extends object>(action: F, declaration: ActionDeclaration): F {
  DECLARATIONS.set(action, declaration);
  return action;
}

const SESSION_ENDED: ActionResult<never> = { status: "error", kind: "unauthenticated", message: msg("errors.sessionEnded") };

function invalidFields(fieldErrors: Record<string, Message[]>): ActionResult<never> {
  return { status: "error", kind: "invalid", message: msg("errors.correctFields"), fieldErrors };
}

/** Expected failures become typed states (beside their fields when they name some); anything else is logged and shown generically. */
function resultOf(error: unknown): ActionResult<never> {
  unstable_rethrow(error); // redirect() and notFound() must reach Next.js
  if (error instanceof ExpectedError) {
    const fieldErrors = error.fields && Object.fromEntries(Object.entries(error.fields).map(([field, message]) => [field, [message]]));
    return { status: "error", kind: error.kind, message: error.said, ...(fieldErrors ? { fieldErrors } : {}) };
  }
  if (isDatabaseUnavailable(error)) return { status: "error", kind: "unavailable", message: msg("errors.unavailable") };
  // Two people (or two clicks) adding the same thing at once: the database's unique index decides.
  if (isUniqueViolation(error)) return { status: "error", kind: "conflict", message: msg("errors.alreadyDone") };
  console.error("Unexpected error in a server action", error);
  return { status: "error", message: msg("errors.generic") };
}

/** The result in the reader's language: the one place an action's Messages become words. */
async function said<T>(result: ActionResult<T>): Promise<ActionState<T>> {
  let say: (message: Message) => string;
  try {
    say = await getSay();
  } catch (error) {
    unstable_rethrow(error);
    // Even the messages cannot be read (the database is down under the session): still answer in English.
    say = (message) => message.key;
    console.error("Could not load the reader's messages", error);
  }
  if (result.status === "success") return { ...result, message: say(result.message) };
  const { fieldErrors, ...rest } = result;
  const state: ActionState<T> = { ...rest, message: say(result.message) };
  if (fieldErrors) state.fieldErrors = Object.fromEntries(Object.entries(fieldErrors).map(([field, list]) => [field, list.map(say)]));
  return state;
}

/** Steps 1–2 for every kind of action: the signed-in user and the validated input, then `work`. A refusal carries what was typed. */
function signedInAction<S extends z.ZodType, T>(
  schema: S,
  work: (user: SessionUser, input: z.output<S>) => Promise<ActionResult<T> | void>,
): ServerAction<T> {
  return answered(checkedAction(schema, signedIn, work));
}

/** The result said in the reader's language; a refusal carries what was typed. */
function answered<T>(checked: CheckedAction<T>): ServerAction<T> {
  return async function action(_previous, rawInput) {
    const state = await said(await checked(rawInput));
    if (state.status !== "error") return state;
    const values = typedValues(rawInput);
    return values ? { ...state, values } : state;
  };
}

/** Who may send an action at all: signed-in people only, or anyone. */
const signedIn = (user: SessionUser | null): user is SessionUser => user !== null;
const anyone = (_user: SessionUser | null): _user is SessionUser | null => true;

function checkedAction<S extends z.ZodType, U extends SessionUser | null, T>(
  schema: S,
  admits: (user: SessionUser | null) => user is U,
  work: (user: U, input: z.output<S>) => Promise<ActionResult<T> | void>,
): CheckedAction<T> {
  return async function action(rawInput) {
    try {
      const user = await currentUser();
      if (!admits(user)) return SESSION_ENDED;
      const input = formDataToObject(rawInput);
      const unstorable = fieldWithUnstorableCharacter(input);
      if (unstorable !== null) return invalidFields({ [unstorable]: [msg("errors.unstorableCharacter")] });
      const parsed = schema.safeParse(input);
      if (!parsed.success) return invalidFields(zodFieldErrors(parsed.error));
      return (await work(user, parsed.data)) ?? { status: "success", message: msg("errors.saved") };
    } catch (error) {
      return resultOf(error);
    }
  };
}

type Handler<Context, T> = (context: Context) => Promise<ActionResult<T> | void>;

/** Anyone signed in, acting on their own account (the target is the session's user). */
export function defineSignedInAction<S extends z.ZodType, T = undefined>(spec: {
  schema: S;
  handler: Handler<{ user: SessionUser; input: z.output<S> }, T>;
}): ServerAction<T> {
  return declared(
    signedInAction(spec.schema, (user, input) => spec.handler({ user, input })),
    { kind: "signedIn" },
  );
}

export const PROGRAMME_START_REFUSAL = msg("errors.programmeStartRefused");

/** Starting a programme: platform admins, and others as the platform setting says (lib/auth/permissions.ts, mayStartProgrammes). */
export function defineProgrammeStartAction<S extends z.ZodType, T = undefined>(spec: {
  schema: S;
  handler: Handler<{ user: SessionUser; input: z.output<S> }, T>;
}): ServerAction<T> {
  return declared(
    signedInAction(spec.schema, async (user, input) => {
      if (!(await userMayStartProgrammes(user))) throw forbidden(PROGRAMME_START_REFUSAL);
      return spec.handler({ user, input });
    }),
    { kind: "programmeStarter" },
  );
}

export const PLATFORM_ADMIN_REFUSAL = msg("errors.platformAdminOnly");

/** Platform administration: not a programme role, so not in the permission table. The user is re-read from the database on every request. */
export function defineAdminAction<S extends z.ZodType, T = undefined>(spec: {
  schema: S;
  handler: Handler<{ user: SessionUser; input: z.output<S> }, T>;
}): ServerAction<T> {
  return declared(
    signedInAction(spec.schema, (user, input) => {
      if (!user.isPlatformAdmin) throw forbidden(PLATFORM_ADMIN_REFUSAL);
      return spec.handler({ user, input });
    }),
    { kind: "platformAdmin" },
  );
}

/** What a programme action is aimed at, as loaded from the database: the programme and the ids its permission's scope reads. */
type ProgrammeTarget = { programmeId: string } & PermissionTarget;

/**
 * An action inside a programme. `load` reads the target row from the database (by the ids in the
 * input; the programme and institution come from the row, never from the request); a missing row is
 * "not found", and so is a programme the person is not a member of (its existence is not revealed).
 * The person then needs `permission` on the row. A `secondary` permission governs part of the
 * input (e.g. choosing an assignee needs board.assign): when `uses(input)` holds, it is checked too.
 */
export function defineProgrammeAction<S extends z.ZodType, Row extends ProgrammeTarget, T = undefined>(spec: {
  schema: S;
  load: (input: z.output<S>) => Promise<Row | null>;
  /** Said when the row does not exist, is in a programme the person cannot see, or is not `visible` to them. */
  missing: Message;
  /** Rows a member may not even read (another institution's draft) are "not found" rather than refused. */
  visible?: (actor: ProgrammeActor, row: NoInfer<Row>) => boolean;
  permission: ProgrammeAction;
  /** Said to a member without the permission. */
  refusal: Message | ((row: NoInfer<Row>) => Message);
  secondary?: Partial<Record<ProgrammeAction, { uses: (input: z.output<S>) => boolean; refusal: Message }>>;
  handler: Handler<{ user: SessionUser; actor: ProgrammeActor; row: Row; input: z.output<S> }, T>;
}): ServerAction<T> {
  const secondary = Object.entries(spec.secondary ?? {}) as [
    ProgrammeAction,
    { uses: (input: z.output<S>) => boolean; refusal: Message },
  ][];
  return declared(
    signedInAction(spec.schema, async (user, input) => {
      const row = await spec.load(input);
      if (!row) throw notFound(spec.missing);
      const actor = await loadProgrammeActor(user, row.programmeId);
      // A platform admin who is not a member sees the programme only for what admins may do in any programme.
      const adminReach = !!actor?.isPlatformAdmin && PLATFORM_ADMIN_ACTIONS.includes(spec.permission);
      if (!actor || (!isMember(actor) && !adminReach)) throw notFound(spec.missing);
      if (spec.visible && !spec.visible(actor, row)) throw notFound(spec.missing);
      if (!can(actor, spec.permission, row)) throw forbidden(typeof spec.refusal === "function" ? spec.refusal(row) : spec.refusal);
      for (const [permission, rule] of secondary) {
        if (rule.uses(input) && !can(actor, permission, row)) throw forbidden(rule.refusal);
      }
      return spec.handler({ user, actor, row, input });
    }),
    { kind: "programme", permission: spec.permission, secondary: secondary.map(([permission]) => permission) },
  );
}

/**
 * A form anyone may send, signed in or not, because what it is sent proves what it may do (a
 * single-use link's token) or it reveals and changes nothing of anyone's (asking for a password
 * link). Validated and answered like every other action; whoever is signed in plays no part.
 */
export function definePublicFormAction<S extends z.ZodType, T = undefined>(spec: {
  schema: S;
  handler: Handler<{ input: z.output<S> }, T>;
}): ServerAction<T> {
  return declared(answered(checkedAction(spec.schema, anyone, (_user, input) => spec.handler({ input }))), { kind: "public" });
}

/**
 * Signing in and out: open to anyone, because Auth.js checks the password or the session itself.
 * The function receives whatever the caller sends (a server action can be called with anything).
 */
export function definePublicAction<F extends (...args: never[]) => Promise<unknown>>(action: F): F {
  return declared(action, { kind: "public" });
}
