// Every language's messages, loaded one language at a time (a page gets only its reader's language).
import type english from "./en";
import { PSEUDO_LOCALE, type Locale } from "../locales";
import { pseudoLocalize } from "../pseudo";

/** English is the source: its shape is every language's shape, and its keys are the typed keys. */
export type Messages = typeof english;
export type Namespace = keyof Messages;

type Loaded = { default: Messages };
const LOADERS: Record<Exclude<Locale, typeof PSEUDO_LOCALE>, () => Promise<Loaded>> = {
  en: () => import("./en"),
  nl: () => import("./nl"),
  de: () => import("./de"),
  fr: () => import("./fr"),
  es: () => import("./es"),
  pl: () => import("./pl"),
};

const loaded = new Map<Locale, Promise<Messages>>();

/** A language's messages (memoised for the life of the process: they are part of the build). */
export function loadMessages(locale: Locale): Promise<Messages> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages =
      locale === PSEUDO_LOCALE
        ? LOADERS.en().then(({ default: english }) => pseudoLocalize(english))
        : LOADERS[locale]().then(({ default: translated }) => translated);
    loaded.set(locale, messages);
  }
  return messages;
}

/**
 * The namespaces client components may use (`useTranslations` in a "use client" file): only these
 * travel to the browser, in the reader's language (components/i18n-boundaries.test.ts checks it).
 */
export const CLIENT_NAMESPACES = [
  "domain",
  "commonClient",
  "accountsClient",
  "adminClient",
  "programmesClient",
  "engagementsClient",
  "adviceClient",
  "boardClient",
  "inboxClient",
  "planClient",
  "decisionsClient",
  "obstaclesClient",
] as const satisfies readonly Namespace[];

export function clientMessages(messages: Messages): Pick<Messages, (typeof CLIENT_NAMESPACES)[number]> {
  return Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]])) as Pick<
    Messages,
    (typeof CLIENT_NAMESPACES)[number]
  >;
}
