"use client";
import "./globals.css";
import { useSyncExternalStore } from "react";
import { NextIntlClientProvider } from "next-intl";
import { UnavailableNotice } from "@/components/ui/unavailable-notice";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { negotiateLocale } from "@/lib/i18n/negotiate";
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
const browserLocale = () => negotiateLocale(navigator.languages.join(","));

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
