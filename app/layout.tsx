import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { connection } from "next/server";
import { NextIntlClientProvider } from "next-intl";
import { getT, requestLocale } from "@/lib/i18n/server";
import { clientMessages, loadMessages } from "@/lib/i18n/messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("common");
  return {
    title: { default: "Consort", template: "%s · Consort" },
    description: t("appDescription"),
    // Files in public/; robots.txt there keeps the whole app out of search engines, and so does this.
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "48x48" },
        { url: "/icon.svg", type: "image/svg+xml" },
      ],
      apple: "/apple-touch-icon.png",
    },
    manifest: "/manifest.webmanifest",
    robots: { index: false, follow: false },
  };
}

export const viewport: Viewport = { themeColor: "#1e3a8a" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: its scripts must carry this request's CSP nonce (proxy.ts).
  await connection();
  const locale = await requestLocale();
  const t = await getT("common");
  // Client components get their own namespaces only, in the reader's language.
  const messages = clientMessages(await loadMessages(locale));
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider locale={locale} messages={messages}>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
