// The raw input of a server action, before its schema sees it: a form's FormData as a plain object,
// the characters PostgreSQL cannot store, and zod's issues as errors per field.
import type { z } from "zod";
import { readZodMessage, type Message } from "@/lib/i18n/message";
import type { ActionInput, TypedValues } from "./state";

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
export function fieldWithUnstorableCharacter(input: unknown): string | null {
  const holds = (value: unknown, depth: number): boolean => {
    if (typeof value === "string") return UNSTORABLE.test(value);
    if (depth > 8 || value === null || typeof value !== "object" || value instanceof Blob || value instanceof Date) return false;
    return Object.values(value).some((v) => holds(v, depth + 1));
  };
  if (input === null || typeof input !== "object") return holds(input, 0) ? "form" : null;
  for (const [key, value] of Object.entries(input)) if (holds(value, 0)) return key;
  return null;
}

export function zodFieldErrors(error: z.ZodError): Record<string, Message[]> {
  const errors: Record<string, Message[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    (errors[key] ??= []).push(readZodMessage(issue.message));
  }
  return errors;
}

/** Fields that are never sent back to the browser, even to the person who typed them. */
const NEVER_ECHOED = /password/i;

/**
 * What the person typed into a form, to put back into it after a refused save (also after a plain
 * form post without JavaScript, where the page is rendered anew): text fields and lists of them,
 * never files or passwords.
 */
export function typedValues(input: ActionInput): TypedValues | undefined {
  if (!(input instanceof FormData)) return undefined;
  const values: TypedValues = {};
  for (const [name, value] of Object.entries(formDataToObject(input))) {
    if (NEVER_ECHOED.test(name)) continue;
    if (typeof value === "string") values[name] = value;
    else if (Array.isArray(value) && value.every((item) => typeof item === "string")) values[name] = value;
  }
  return values;
}
