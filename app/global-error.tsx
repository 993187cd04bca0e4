"use client";
import "./globals.css";
import { useSyncExternalStore } from "react";
import { NextIntlClientProvider } from "next-intl";
import { UnavailableNotice } from "@/components/ui/unavailable-notice";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en/commonClient.json";
import nl from "@/lib/i18n/messages/nl/commonClient.json";
import de from "@/lib/i18n/messages/de/commonClient.json";
import fr from "@/lib/i18n/messages/fr/commonClient.json";
import es from "@/lib/i18n/messages/es/commonClient.json";
import pl from "@/lib/i18n/messages/pl/commonClient.json";

// The root layout failed (its provider of messages with it), and nothing of the server can be
// trusted to answer — the database may be down. The notice's own words come with this file, in the
// browser's language: the person's choice is on the server, out of reach.
const NOTICE = { en, nl, de, fr, es, pl };

const noSubscription = () => () => {};
/** The first of the browser's languages Consort speaks ("nl-BE" → nl), without the server's matcher (it stays out of every page's bundle). */
const browserLocale = () =>
  navigator.languages.map((tag) => tag.toLowerCase().split("-")[0]).find((language) => language !== undefined && language in NOTICE) ??
  DEFAULT_LOCALE;

// The root layout itself failed: this replaces it, so it brings its own <html> and <body>.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // English in the server's HTML, then the browser's language once this runs in the browser.
  const locale = useSyncExternalStore(noSubscription, browserLocale, () => DEFAULT_LOCALE);
  const language = locale in NOTICE ? (locale as keyof typeof NOTICE) : DEFAULT_LOCALE;
  return (
    <html lang={language}>
      <body className="min-h-screen font-sans">
        <NextIntlClientProvider locale={language} messages={{ commonClient: NOTICE[language] }}>
          <UnavailableNotice reset={reset} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
