// What a server action gives back to its form: one shape for every form in the app (client-safe: no
// zod, no server code). Field errors sit beside their field; `values` are what the person typed, so a
// refused save never loses their text.
import type { ExpectedError } from "@/lib/errors";
import type { Message } from "@/lib/i18n/message";

export type ActionState<T = undefined> =
  | { status: "idle" }
  | { status: "success"; message: string; data?: T }
  | {
      status: "error";
      message: string;
      fieldErrors?: Record<string, string[]>;
      kind?: ExpectedError["kind"] | "unauthenticated";
      /** What the person typed into the form that was refused (never passwords or files): see useFormAction. */
      values?: TypedValues;
    };

/**
 * What an action's handler returns: the same shape, with Messages (keys) instead of words; the
 * action helper says them in the reader's language (lib/actions/define.ts).
 */
export type ActionResult<T = undefined> =
  | { status: "success"; message: Message; data?: T }
  | {
      status: "error";
      message: Message;
      fieldErrors?: Record<string, Message[]>;
      kind?: ExpectedError["kind"] | "unauthenticated";
    };

/** A form's text fields as submitted: one string per field, a list for checkbox groups. */
export type TypedValues = Record<string, string | string[]>;

/** The initial state of every form. */
export const IDLE: ActionState = { status: "idle" };

export type ActionInput = FormData | Record<string, unknown>;
