// Translators outside a request (e-mails, jobs): no cookies, headers or session involved.
// use-intl/core: the translator without React, so the standalone worker (react-server conditions) can load it.
import { createTranslator } from "use-intl/core";
import type { Locale } from "./locales";
import { loadMessages, type Messages } from "./messages";
import type { Message } from "./message";

export function translatorOptions(locale: Locale, messages: Messages) {
  return { locale, messages, onError: reportMissing, getMessageFallback: fallback };
}

/** Says Messages in a given language (e-mails go out in the recipient's language, not the sender's). */
export async function sayIn(locale: Locale): Promise<(message: Message) => string> {
  const t = createTranslator(translatorOptions(locale, await loadMessages(locale)));
  return (message) => t(message.key, message.values);
}

function reportMissing(error: Error) {
  console.error("Translation error:", error.message);
}

/** A broken message shows its key (found by the tests), never a crashed page. */
function fallback({ namespace, key }: { namespace?: string; key: string }) {
  return namespace ? `${namespace}.${key}` : key;
}
