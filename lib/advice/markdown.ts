import MarkdownIt from "markdown-it";
import { splitMentions } from "@/lib/notifications/mentions";

// Advice details are written by partners and read by everyone in the programme, so rendering is
// strict: raw HTML is escaped (html: false), links are limited to web and mail addresses, and
// images are off (an image URL is a tracking pixel that leaks who read the advice, and when).
const SAFE_LINK = /^(https?:|mailto:)/i;

function isSafeLink(url: string): boolean {
  // markdown-it has already normalised (percent-encoded) the URL; strip what browsers ignore.
  // eslint-disable-next-line no-control-regex -- browsers skip control characters in schemes
  const trimmed = url.trim().replace(/[\u0000-\u0020]/g, "");
  if (SAFE_LINK.test(trimmed)) return true;
  // Relative links (within Consort) and fragments carry no scheme at all.
  return !/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !trimmed.startsWith("//");
}

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });
md.disable(["image"]);
md.validateLink = isSafeLink;

// @mentions (`@[Name](userId)`, lib/notifications/mentions.ts) read as a highlighted "@Name", not as
// an "@" before a link to a relative address: this inline rule runs before the link rule.
const LONGEST_MENTION = 170;
md.inline.ruler.before("link", "mention", (state, silent) => {
  if (state.src.charCodeAt(state.pos) !== 0x40 /* @ */) return false;
  const [first] = splitMentions(state.src.slice(state.pos, state.pos + LONGEST_MENTION));
  if (!first || !("mention" in first)) return false;
  if (!silent) state.push("mention", "", 0).content = first.mention.name;
  state.pos += `@[${first.mention.name}](${first.mention.userId})`.length;
  return true;
});
md.renderer.rules.mention = (tokens, idx) =>
  `<span class="rounded bg-blue-50 px-0.5 font-semibold text-blue-900">@${md.utils.escapeHtml(tokens[idx]!.content)}</span>`;

md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  const token = tokens[idx]!;
  token.attrSet("rel", "noopener noreferrer nofollow");
  const href = String(token.attrGet("href") ?? "");
  if (/^https?:/i.test(href)) token.attrSet("target", "_blank");
  return self.renderToken(tokens, idx, options);
};

/** Markdown → HTML that is safe to insert into a page (no scripts, event handlers or unsafe links). */
export function renderMarkdown(source: string): string {
  return md.render(source ?? "");
}

/** Markdown → plain text (for CSV exports and previews). */
export function markdownToPlainText(source: string): string {
  const html = md.render(source ?? "");
  return html
    .replace(/<\/(p|li|h[1-6]|blockquote|pre|tr)>/g, "\n")
    .replace(/<br\s*\/?>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
