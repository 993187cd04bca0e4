// What a server action gives back to its form: one shape for every form in the app (client-safe: no
// zod, no server code). Field errors sit beside their field; `values` are what the person typed, so a
// refused save never loses their text.
import type { ExpectedError } from "@/lib/errors";

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

/** A form's text fields as submitted: one string per field, a list for checkbox groups. */
export type TypedValues = Record<string, string | string[]>;

/** The initial state of every form. */
export const IDLE: ActionState = { status: "idle" };

export type ActionInput = FormData | Record<string, unknown>;
