// Attachment types are decided by the bytes, never by the name or the browser's claimed type:
// a renamed executable must not become a "PDF" that a colleague downloads and opens.
import { msg, type Message } from "@/lib/i18n/message";
import { classifyText } from "./text-files";

/** The largest attachment, inclusive: a file of exactly 10 MiB is accepted, one byte more is not. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_REQUEST = 10;
/**
 * The largest legal form post: every file at the limit plus the text fields (at most ≈ 160 KB of
 * UTF-8) and the multipart framing. next.config.js sets Next's body limits to this (tested).
 */
export const MAX_SUBMISSION_BYTES = MAX_ATTACHMENTS_PER_REQUEST * MAX_ATTACHMENT_BYTES + 1024 * 1024;

type DetectedType = { mimeType: string; label: string; extension: string; extensions: readonly string[] };

const type = (mimeType: string, label: string, ...extensions: [string, ...string[]]): DetectedType => ({
  mimeType,
  label,
  extension: extensions[0],
  extensions,
});

const TYPES = {
  pdf: type("application/pdf", "PDF", "pdf"),
  png: type("image/png", "PNG image", "png"),
  jpeg: type("image/jpeg", "JPEG image", "jpg", "jpeg"),
  gif: type("image/gif", "GIF image", "gif"),
  webp: type("image/webp", "WebP image", "webp"),
  docx: type("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document", "docx"),
  xlsx: type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel workbook", "xlsx"),
  pptx: type("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint presentation", "pptx"),
  doc: type("application/msword", "Word document (97–2003)", "doc"),
  xls: type("application/vnd.ms-excel", "Excel workbook (97–2003)", "xls"),
  ppt: type("application/vnd.ms-powerpoint", "PowerPoint presentation (97–2003)", "ppt"),
  odt: type("application/vnd.oasis.opendocument.text", "OpenDocument text", "odt"),
  ods: type("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet", "ods"),
  odp: type("application/vnd.oasis.opendocument.presentation", "OpenDocument presentation", "odp"),
  txt: type("text/plain", "Text file", "txt"),
  csv: type("text/csv", "CSV file", "csv"),
  eml: type("message/rfc822", "E-mail", "eml"),
  msg: type("application/vnd.ms-outlook", "Outlook e-mail", "msg"),
} as const satisfies Record<string, DetectedType>;

/**
 * What the form offers, in the order people read it; the file picker's filter comes from here, and
 * the words for it are the message adviceClient.files.acceptedTypes (one group each, in this order).
 */
const ACCEPTED_GROUPS: readonly (readonly DetectedType[])[] = [
  [TYPES.pdf],
  [TYPES.docx, TYPES.doc, TYPES.xlsx, TYPES.xls, TYPES.pptx, TYPES.ppt],
  [TYPES.odt, TYPES.ods, TYPES.odp],
  [TYPES.txt, TYPES.csv],
  [TYPES.eml, TYPES.msg],
  [TYPES.png, TYPES.jpeg, TYPES.gif, TYPES.webp],
];

export const ALLOWED_TYPES: readonly DetectedType[] = ACCEPTED_GROUPS.flat();
/** The file input's `accept` attribute: a filter for the picker only; the server still decides by content. */
export const ACCEPT_ATTRIBUTE = ALLOWED_TYPES.flatMap((t) => t.extensions.map((e) => `.${e}`)).join(",");

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0) {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const utf16le = (text: string) => [...text].flatMap((c) => [c.charCodeAt(0), 0]);

function contains(bytes: Uint8Array, needle: readonly number[]) {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Names of the entries in a ZIP archive, read from its central directory (null when it is not a well-formed ZIP). */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const minEocd = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= minEocd; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const names: string[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > bytes.length) return null;
    names.push(decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function detectOfficeOpenXml(names: readonly string[]): DetectedType | null {
  if (!names.includes("[Content_Types].xml")) return null;
  // Macro-enabled documents carry a VBA project: refused, they are a classic way in.
  if (names.some((n) => n.toLowerCase().endsWith("vbaproject.bin"))) return null;
  if (names.includes("word/document.xml") || names.some((n) => n.startsWith("word/"))) return TYPES.docx;
  if (names.includes("xl/workbook.xml") || names.some((n) => n.startsWith("xl/"))) return TYPES.xlsx;
  if (names.includes("ppt/presentation.xml") || names.some((n) => n.startsWith("ppt/"))) return TYPES.pptx;
  return null;
}

const OPEN_DOCUMENT_TYPES: Record<string, DetectedType> = {
  [TYPES.odt.mimeType]: TYPES.odt,
  [TYPES.ods.mimeType]: TYPES.ods,
  [TYPES.odp.mimeType]: TYPES.odp,
};

/**
 * OpenDocument files are ZIPs whose first entry is an uncompressed file named "mimetype" holding
 * the document's type (ODF 1.2 part 3, section 3.3). Documents carrying macros (Basic or
 * scripts) are refused, as with Office's VBA.
 */
function detectOpenDocument(bytes: Uint8Array, names: readonly string[]): DetectedType | null {
  if (!names.includes("content.xml")) return null;
  if (names.some((n) => /^(basic|scripts)\//i.test(n))) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 30 || view.getUint16(8, true) !== 0) return null; // "mimetype" must be stored, not compressed
  const size = view.getUint32(18, true);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  const dataStart = 30 + nameLength + extraLength;
  if (dataStart + size > bytes.length || size > 100) return null;
  const decoder = new TextDecoder();
  if (decoder.decode(bytes.subarray(30, 30 + nameLength)) !== "mimetype") return null;
  return OPEN_DOCUMENT_TYPES[decoder.decode(bytes.subarray(dataStart, dataStart + size))] ?? null;
}

/** ZIP-based documents: Office Open XML or OpenDocument; a plain ZIP archive is not accepted. */
function detectZipDocument(bytes: Uint8Array): DetectedType | null {
  const names = zipEntryNames(bytes);
  if (!names) return null;
  return detectOfficeOpenXml(names) ?? detectOpenDocument(bytes, names);
}

/**
 * OLE compound files: an Outlook message, or a legacy Office file, told by the stream names in its
 * directory. Messages first: a message can carry an attached Word file's streams inside it.
 */
function detectCompoundFile(bytes: Uint8Array): DetectedType | null {
  if (contains(bytes, utf16le("__properties_version1.0")) && contains(bytes, utf16le("__substg1.0_"))) return TYPES.msg;
  if (contains(bytes, utf16le("WordDocument"))) return TYPES.doc;
  if (contains(bytes, utf16le("PowerPoint Document"))) return TYPES.ppt;
  if (contains(bytes, utf16le("Workbook")) || contains(bytes, utf16le("Book"))) return TYPES.xls;
  return null;
}

const TEXT_TYPES = { plain: TYPES.txt, csv: TYPES.csv, email: TYPES.eml } as const;

/**
 * The file's real type from its content, or null when not allowed. Binary formats are told by their
 * first bytes (and structure); anything else must be inert UTF-8 text, where the name only chooses
 * between plain text, CSV and e-mail.
 */
export function detectFileType(bytes: Uint8Array, name = ""): DetectedType | null {
  if (startsWith(bytes, ascii("%PDF-"))) return TYPES.pdf;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return TYPES.png;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return TYPES.jpeg;
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return TYPES.gif;
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return TYPES.webp;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return detectZipDocument(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return detectCompoundFile(bytes);
  const text = classifyText(bytes, name);
  return text ? TEXT_TYPES[text] : null;
}

/** A safe display/download name: no folders, no control characters, a sensible length. */
export function cleanFileName(name: string, fallbackExtension: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;
  const cleaned = base.replace(CONTROL_CHARACTERS, "").trim().slice(-200);
  return cleaned && cleaned !== "." && cleaned !== ".." ? cleaned : `attachment.${fallbackExtension}`;
}

/**
 * The name a file is stored and downloaded under: cleaned, and ending in an extension of its real
 * type. Whoever downloads "cleanup.bat" that is really text gets "cleanup.bat.txt", which their
 * computer opens as text instead of running it.
 */
export function storedFileName(name: string, type: DetectedType): string {
  const cleaned = cleanFileName(name, type.extension);
  const dot = cleaned.lastIndexOf(".");
  const extension = dot < 0 ? "" : cleaned.slice(dot + 1).toLowerCase();
  return type.extensions.includes(extension) ? cleaned : `${cleaned.slice(0, 195)}.${type.extension}`;
}

/** A size as the message adviceClient.files.size shows it: megabytes to one decimal, kilobytes and bytes whole. */
export function sizeValues(bytes: number): { size: number; unit: "B" | "KB" | "MB" } {
  if (bytes < 1024) return { size: bytes, unit: "B" };
  if (bytes < 1024 * 1024) return { size: Math.round(bytes / 1024), unit: "KB" };
  return { size: Math.round((bytes / 1024 / 1024) * 10) / 10, unit: "MB" };
}

/** How the limit is stated everywhere ("10 MB (10,485,760 bytes)"): the values of the messages that state it. */
export const ATTACHMENT_LIMIT_VALUES = { maxMb: MAX_ATTACHMENT_BYTES / 1024 / 1024, maxBytes: MAX_ATTACHMENT_BYTES } as const;

/**
 * How a refusal ends: as the form shows it beside the file field (the form says the rest), or, refused
 * by the save itself, saying that nothing was saved.
 */
export type RefusalEnding = "none" | "nothingSaved";

/** The message for a file over the limit; near the limit its size is given in bytes, where "10.0 MB" would not show the difference. */
function tooLargeMessage(name: string, size: number, outcome: RefusalEnding): Message {
  const shown = sizeValues(size);
  const nearLimit = shown.unit === "MB" && shown.size === sizeValues(MAX_ATTACHMENT_BYTES).size;
  return msg("adviceClient.files.tooLarge", {
    name: cleanFileName(name, "file"),
    ...(nearLimit ? { size, unit: "bytes" } : { size: shown.size, unit: "MB" }),
    ...ATTACHMENT_LIMIT_VALUES,
    outcome,
  });
}

/**
 * Checks the chosen files by count and size only, which needs no bytes: the browser runs it before
 * uploading (with JavaScript) and the server before reading the files.
 */
export function checkFileSelection(files: readonly { name: string; size: number }[], outcome: RefusalEnding = "none"): Message | null {
  if (files.length > MAX_ATTACHMENTS_PER_REQUEST)
    return msg("adviceClient.files.tooMany", { count: files.length, max: MAX_ATTACHMENTS_PER_REQUEST, outcome });
  const tooLarge = files.find((f) => f.size > MAX_ATTACHMENT_BYTES);
  return tooLarge ? tooLargeMessage(tooLarge.name, tooLarge.size, outcome) : null;
}

export type CheckedFile = { fileName: string; mimeType: string; size: number; bytes: Uint8Array };

/** Checks one uploaded file; the message says what to do, and names the file. */
export function checkAttachment(
  name: string,
  bytes: Uint8Array,
  outcome: RefusalEnding = "none",
): { ok: true; file: CheckedFile } | { ok: false; message: Message } {
  const shownName = cleanFileName(name, "file");
  if (bytes.length === 0) return { ok: false, message: msg("adviceClient.files.empty", { name: shownName, outcome }) };
  if (bytes.length > MAX_ATTACHMENT_BYTES) return { ok: false, message: tooLargeMessage(name, bytes.length, outcome) };
  const type = detectFileType(bytes, shownName);
  if (!type) return { ok: false, message: msg("adviceClient.files.notAccepted", { name: shownName, outcome }) };
  return { ok: true, file: { fileName: storedFileName(name, type), mimeType: type.mimeType, size: bytes.length, bytes } };
}

/** The Content-Type an attachment is served with: text types say they are UTF-8, as the upload check made sure. */
export function contentTypeOf(mimeType: string): string {
  return mimeType.startsWith("text/") ? `${mimeType}; charset=utf-8` : mimeType;
}

/** Content-Disposition keeping the original name: an ASCII fallback plus the RFC 5987 UTF-8 form. */
export function contentDisposition(fileName: string): string {
  const fallback =
    fileName
      .replace(/[^\x20-\x7e]/g, "_")
      .replace(/["\\]/g, "_")
      .replace(/[;]/g, "_") || "attachment";
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
