// Turns EmailContent into the subject, a plain-text body (complete on its own: every link written
// out) and an HTML body (simple, inline styles, readable in every client), with absolute links.
import { msg, type Message } from "@/lib/i18n/message";
import { absoluteUrl } from "./config";
import type { EmailContent, EmailLine } from "./content";

type Say = (message: Message) => string;

export type RenderedEmail = { subject: string; text: string; html: string; headers: Record<string, string> };

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function lineText(line: EmailLine, say: Say): string {
  return typeof line.text === "string" ? line.text : say(line.text);
}

export function renderEmail(content: EmailContent, say: Say, lang: string): RenderedEmail {
  const subject = say(content.subject);
  const paragraphs = content.paragraphs.map(say);
  const footer = (content.footer ?? []).map(say);
  const unsubscribe = content.unsubscribePath ? absoluteUrl(content.unsubscribePath) : undefined;

  const text: string[] = [...paragraphs];
  const html: string[] = paragraphs.map((p) => `<p style="margin:0 0 16px">${escapeHtml(p)}</p>`);

  if (content.action) {
    const url = absoluteUrl(content.action.path);
    const label = say(content.action.label);
    text.push(`${label}:\n${url}`);
    html.push(
      `<p style="margin:24px 0"><a href="${escapeHtml(url)}" style="background:#1d4ed8;color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(label)}</a></p>`,
      `<p style="margin:0 0 16px;font-size:13px;color:#4b5563">${escapeHtml(say(msg("email.common.linkFallback")))}<br><a href="${escapeHtml(url)}" style="color:#1d4ed8;word-break:break-all">${escapeHtml(url)}</a></p>`,
    );
  }

  for (const section of content.sections ?? []) {
    const heading = say(section.heading);
    const lines = section.lines.map((line) => ({ text: lineText(line, say), url: line.path ? absoluteUrl(line.path) : undefined }));
    text.push([heading, ...lines.map((l) => (l.url ? `- ${l.text}\n  ${l.url}` : `- ${l.text}`))].join("\n"));
    html.push(
      `<h2 style="font-size:16px;margin:24px 0 8px">${escapeHtml(heading)}</h2>`,
      `<ul style="margin:0 0 16px;padding-left:20px">${lines
        .map(
          (l) =>
            `<li style="margin:0 0 6px">${l.url ? `<a href="${escapeHtml(l.url)}" style="color:#1d4ed8">${escapeHtml(l.text)}</a>` : escapeHtml(l.text)}</li>`,
        )
        .join("")}</ul>`,
    );
  }

  const closing = [...footer, say(msg("email.common.signature"))];
  if (unsubscribe) closing.push(`${say(msg("email.common.unsubscribe"))} ${unsubscribe}`);
  if (closing.length) {
    text.push(["--", ...closing].join("\n"));
    html.push(
      `<hr style="border:none;border-top:1px solid #e5e7eb;margin:24px 0 12px">`,
      ...closing.slice(0, footer.length + 1).map((f) => `<p style="margin:0 0 8px;font-size:13px;color:#4b5563">${escapeHtml(f)}</p>`),
      ...(unsubscribe
        ? [
            `<p style="margin:0 0 8px;font-size:13px;color:#4b5563"><a href="${escapeHtml(unsubscribe)}" style="color:#4b5563">${escapeHtml(say(msg("email.common.unsubscribe")))}</a></p>`,
          ]
        : []),
    );
  }

  const headers: Record<string, string> = unsubscribe
    ? { "List-Unsubscribe": `<${unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" }
    : {};
  return {
    subject,
    text: text.join("\n\n") + "\n",
    html: `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:15px;line-height:1.5;color:#111827;max-width:600px;margin:0 auto;padding:24px">${html.join("")}</body></html>`,
    headers,
  };
}
