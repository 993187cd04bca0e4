// Expected failures: shown to the user as they are (in their language). Anything else is logged and shown generically.
import { msg, type Message } from "@/lib/i18n/message";

export class ExpectedError extends Error {
  constructor(
    readonly said: Message,
    readonly kind: "forbidden" | "not_found" | "conflict" | "invalid" | "unavailable",
    /** What to say beside which field of the form (the action shows `said` at the top). */
    readonly fields?: Readonly<Record<string, Message>>,
  ) {
    super(said.key);
    this.name = "ExpectedError";
  }
}

/** Bad input found only against the database's state, shown beside the fields it concerns. */
export const invalidFields = (fields: Record<string, Message>, message = msg("errors.correctFields")) =>
  new ExpectedError(message, "invalid", fields);

export const forbidden = (message = msg("errors.forbidden")) => new ExpectedError(message, "forbidden");
export const notFound = (message = msg("errors.notFound")) => new ExpectedError(message, "not_found");
export const conflict = (message: Message) => new ExpectedError(message, "conflict");
export const invalid = (message: Message) => new ExpectedError(message, "invalid");
