// What an e-mail says, as Messages: rendered in the recipient's language when it is sent.
import type { Locale } from "@/lib/i18n/locales";
import type { Message } from "@/lib/i18n/message";

export type EmailLine = { text: Message | string; path?: string };

export type EmailContent = {
  subject: Message;
  /** Opening paragraphs, in order. */
  paragraphs: Message[];
  /** The one thing to do: a button in HTML, a line with the address in plain text. */
  action?: { label: Message; path: string };
  /** Headed lists (a digest's sections: what changed, what is due …). */
  sections?: { heading: Message; lines: EmailLine[] }[];
  /** Closing paragraphs (why the person gets this, how long a link is valid). */
  footer?: Message[];
  /** One-click unsubscribe (RFC 8058) for this kind of e-mail: the path of its link. */
  unsubscribePath?: string;
};

/** One e-mail to one person, in their language. */
export type Envelope = { to: string; userId?: string; locale: Locale; content: EmailContent };
