// Attachment types are decided by the bytes, never by the name or the browser's claimed type:
// a renamed executable must not become a "PDF" that a colleague downloads and opens.

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS_PER_REQUEST = 10;
export const ALLOWED_TYPES_TEXT = "PDF, Word, Excel or PowerPoint documents (old or new format), and PNG, JPEG, GIF or WebP images";

export type DetectedType = { mimeType: string; label: string; extension: string };

const TYPES = {
  pdf: { mimeType: "application/pdf", label: "PDF", extension: "pdf" },
  png: { mimeType: "image/png", label: "PNG image", extension: "png" },
  jpeg: { mimeType: "image/jpeg", label: "JPEG image", extension: "jpg" },
  gif: { mimeType: "image/gif", label: "GIF image", extension: "gif" },
  webp: { mimeType: "image/webp", label: "WebP image", extension: "webp" },
  docx: { mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "Word document", extension: "docx" },
  xlsx: { mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", label: "Excel workbook", extension: "xlsx" },
  pptx: {
    mimeType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    label: "PowerPoint presentation",
    extension: "pptx",
  },
  doc: { mimeType: "application/msword", label: "Word document (97–2003)", extension: "doc" },
  xls: { mimeType: "application/vnd.ms-excel", label: "Excel workbook (97–2003)", extension: "xls" },
  ppt: { mimeType: "application/vnd.ms-powerpoint", label: "PowerPoint presentation (97–2003)", extension: "ppt" },
} as const satisfies Record<string, DetectedType>;

export const ALLOWED_MIME_TYPES: readonly string[] = Object.values(TYPES).map((t) => t.mimeType);

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

function detectOfficeOpenXml(bytes: Uint8Array): DetectedType | null {
  const names = zipEntryNames(bytes);
  if (!names || !names.includes("[Content_Types].xml")) return null;
  // Macro-enabled documents carry a VBA project: refused, they are a classic way in.
  if (names.some((n) => n.toLowerCase().endsWith("vbaproject.bin"))) return null;
  if (names.includes("word/document.xml") || names.some((n) => n.startsWith("word/"))) return TYPES.docx;
  if (names.includes("xl/workbook.xml") || names.some((n) => n.startsWith("xl/"))) return TYPES.xlsx;
  if (names.includes("ppt/presentation.xml") || names.some((n) => n.startsWith("ppt/"))) return TYPES.pptx;
  return null;
}

/** Legacy Office files are OLE compound files; which one is told by the stream names in its directory. */
function detectLegacyOffice(bytes: Uint8Array): DetectedType | null {
  if (contains(bytes, utf16le("WordDocument"))) return TYPES.doc;
  if (contains(bytes, utf16le("PowerPoint Document"))) return TYPES.ppt;
  if (contains(bytes, utf16le("Workbook")) || contains(bytes, utf16le("Book"))) return TYPES.xls;
  return null;
}

/** The file's real type from its first bytes (and, for Office files, its structure), or null when not allowed. */
export function detectFileType(bytes: Uint8Array): DetectedType | null {
  if (startsWith(bytes, ascii("%PDF-"))) return TYPES.pdf;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return TYPES.png;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return TYPES.jpeg;
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return TYPES.gif;
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return TYPES.webp;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return detectOfficeOpenXml(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return detectLegacyOffice(bytes);
  return null;
}

/** A safe display/download name: no folders, no control characters, a sensible length. */
export function cleanFileName(name: string, fallbackExtension: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point
  const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;
  const cleaned = base.replace(CONTROL_CHARACTERS, "").trim().slice(-200);
  return cleaned && cleaned !== "." && cleaned !== ".." ? cleaned : `attachment.${fallbackExtension}`;
}

export type CheckedFile = { fileName: string; mimeType: string; size: number; bytes: Uint8Array };

/** Checks one uploaded file; the message says what to do, and names the file. */
export function checkAttachment(name: string, bytes: Uint8Array): { ok: true; file: CheckedFile } | { ok: false; message: string } {
  const shownName = cleanFileName(name, "file");
  if (bytes.length === 0) return { ok: false, message: `"${shownName}" is empty. Choose the file again.` };
  if (bytes.length > MAX_ATTACHMENT_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      message: `"${shownName}" is ${mb} MB; attachments can be at most 10 MB. Compress it or split it, then attach it again.`,
    };
  }
  const type = detectFileType(bytes);
  if (!type)
    return {
      ok: false,
      message: `"${shownName}" is not a file type we accept. Attach ${ALLOWED_TYPES_TEXT}. (The type is checked from the file's content, not its name.)`,
    };
  return { ok: true, file: { fileName: cleanFileName(name, type.extension), mimeType: type.mimeType, size: bytes.length, bytes } };
}

export function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${Math.round(size / 1024)} KB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
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
