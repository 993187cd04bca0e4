// next-intl's request configuration (wired in next.config.js): the same locale and messages the
// server's own translators use (server.ts), for next-intl's provider and client components.
import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "./messages";
import { requestLocale } from "./server";

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: await loadMessages(locale) };
});
