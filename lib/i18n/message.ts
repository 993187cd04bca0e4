// Words that lib code (actions, validation, refusals, next steps) hands to a page: a key and its
// values, never English text. The page or the action helper says them in the reader's language.
import type { Messages } from "./messages";

type Leaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every message's full key ("board.created", "errors.generic"): a missing key fails the type check. */
export type MessageKey = Leaves<Messages>;

export type MessageValues = Record<string, string | number | Date>;

/** Something to tell the reader, in no language yet. */
export type Message = { readonly key: MessageKey; readonly values?: MessageValues };

export function msg(key: MessageKey, values?: MessageValues): Message {
  return values ? { key, values } : { key };
}

export function isMessage(value: unknown): value is Message {
  return typeof value === "object" && value !== null && typeof (value as { key?: unknown }).key === "string";
}

// Where only a string fits, a Message travels as text: "i18n:" and its JSON. zod keeps its messages
// as strings (zodMessage, read back by the action helper), and notes Consort itself writes into
// stored rows (an engagement's history: "Advice logged in the advice log.") are stored that way, so
// each reader sees them in their own language (storedMessage, readStoredMessage).
const MARK = "i18n:";

/** A Message as a string, to store or to hand to zod. */
export function storedMessage(key: MessageKey, values?: MessageValues): string {
  return MARK + JSON.stringify(msg(key, values));
}

/** The Message a stored string holds, or null when it is text people wrote. */
export function readStoredMessage(text: string): Message | null {
  if (!text.startsWith(MARK)) return null;
  try {
    const parsed: unknown = JSON.parse(text.slice(MARK.length));
    return isMessage(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** For zod: `z.string().min(1, zodMessage("advice.errors.summaryRequired"))`. */
export const zodMessage = storedMessage;

/** A zod issue's message: ours, or zod's own default, which becomes the generic "check this field". */
export function readZodMessage(text: string): Message {
  return readStoredMessage(text) ?? msg("errors.checkField");
}
