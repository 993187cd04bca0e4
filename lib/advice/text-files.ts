// Plain-text attachments (.txt, .csv, .eml) have no magic bytes, so "typed by content" means: the
// bytes are UTF-8 text a person wrote, and nothing in them would make a browser treat the file as
// a page. A text file is served as a download, but a browser that sniffs (or a colleague who
// renames it to .html) must never find HTML, SVG or script in it.

type TextKind = "plain" | "csv" | "email";

const UTF8_BOM = [0xef, 0xbb, 0xbf];

// The tags by which browsers sniff a page (WHATWG MIME Sniffing, "HTML" patterns; a tag must end
// in a space or ">"), plus XML and SVG starts. Checked anywhere in the first kilobyte — wider than
// any browser's sniffing window and position — so a page cannot hide behind a line of text.
const SNIFFS_AS_PAGE =
  /<(?:!doctype\s+html|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p)[\s>]|<!--|<\?xml|<svg[\s>/]/i;
const SNIFF_WINDOW = 1024;

// Markup that runs or embeds something, refused anywhere in a text file. An e-mail's own HTML
// part is allowed (almost every e-mail has one): it is served as message/rfc822, for a mail program.
const ACTIVE_MARKUP = /<(?:script|svg|iframe|object|embed|html|body|meta\s+http-equiv)[\s>/]|<!doctype\s+html/i;

// An e-mail (RFC 5322) starts with header fields ("Name: value") and a blank line ends them. Real
// field names are letters, digits and hyphens (RFC 5322 allows more, "<" included: not here).
const HEADER_FIELD = /^[A-Za-z0-9-]+:[ \t]/;
const END_OF_HEADERS = /\r?\n\r?\n/;

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot + 1).toLowerCase();
}

function decodeUtf8(bytes: Uint8Array): string | null {
  const start = UTF8_BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
  const body = bytes.subarray(start);
  if (body.includes(0)) return null; // NUL: binary, or text in UTF-16
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return null; // not UTF-8: binary, or a legacy encoding we cannot show correctly
  }
}

const looksLikeEmail = (text: string) => HEADER_FIELD.test(text) && END_OF_HEADERS.test(text);

/**
 * The kind of an inert UTF-8 text file, or null when the bytes are not text or carry active
 * content. The content decides that it is text; the name only picks which kind of text (CSV and
 * plain text are equally inert), and an .eml must also look like an e-mail.
 */
export function classifyText(bytes: Uint8Array, name: string): TextKind | null {
  const text = decodeUtf8(bytes);
  if (text === null || text.trim() === "") return null;
  const extension = extensionOf(name);
  // An e-mail begins with a header field, so no browser takes it for a page; its HTML part stays.
  if (extension === "eml" && looksLikeEmail(text)) return "email";
  if (SNIFFS_AS_PAGE.test(text.trimStart().slice(0, SNIFF_WINDOW)) || ACTIVE_MARKUP.test(text)) return null;
  return extension === "csv" ? "csv" : "plain";
}
