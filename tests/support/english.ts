// What a Message says in English (the language tests read the app in, unless they switch).
import { createTranslator } from "next-intl";
import english from "@/lib/i18n/messages/en";
import type { Message, MessageKey, MessageValues } from "@/lib/i18n/message";

const t = createTranslator({ locale: "en", messages: english });

export function inEnglish(message: Message | MessageKey, values?: MessageValues): string {
  return typeof message === "string" ? t(message, values) : t(message.key, message.values);
}
