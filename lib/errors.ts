// Expected failures: shown to the user as they are. Anything else is logged and shown generically.
export class ExpectedError extends Error {
  constructor(
    message: string,
    readonly kind: "forbidden" | "not_found" | "conflict" | "invalid" | "unavailable",
    /** What to say beside which field of the form (the action shows `message` at the top). */
    readonly fields?: Readonly<Record<string, string>>,
  ) {
    super(message);
    this.name = "ExpectedError";
  }
}

/** Bad input found only against the database's state, shown beside the fields it concerns. */
export const invalidFields = (fields: Record<string, string>, message = "Please correct the highlighted fields.") =>
  new ExpectedError(message, "invalid", fields);

export const forbidden = (message = "You are not allowed to do that in this programme.") => new ExpectedError(message, "forbidden");
export const notFound = (message = "That item does not exist or you cannot see it.") => new ExpectedError(message, "not_found");
export const conflict = (message: string) => new ExpectedError(message, "conflict");
export const invalid = (message: string) => new ExpectedError(message, "invalid");

export const GENERIC_ERROR_MESSAGE = "Something went wrong on our side and nothing was saved. Please try again in a moment.";
