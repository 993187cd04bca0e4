// Tiny, real-format sample files for attachment tests (built here, nothing downloaded).

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...new TextEncoder().encode(p)] : p)));

type ZipEntry = string | { name: string; content: string };

/** A minimal ZIP (stored, no compression; CRCs left 0, which nothing here checks) with the given entries. */
export function makeZip(entries: readonly ZipEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const local: number[] = [];
  const central: number[] = [];
  const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
  const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
  const names = entries.map((e) => (typeof e === "string" ? e : e.name));
  for (const entry of entries) {
    const name = typeof entry === "string" ? entry : entry.name;
    const content = [...enc.encode(typeof entry === "string" ? "" : entry.content)];
    const nameBytes = [...enc.encode(name)];
    const offset = local.length;
    local.push(
      ...u32(0x04034b50),
      ...u16(20),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(content.length),
      ...u32(content.length),
      ...u16(nameBytes.length),
      ...u16(0),
      ...nameBytes,
      ...content,
    );
    central.push(
      ...u32(0x02014b50),
      ...u16(20),
      ...u16(20),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(content.length),
      ...u32(content.length),
      ...u16(nameBytes.length),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u16(0),
      ...u32(0),
      ...u32(offset),
      ...nameBytes,
    );
  }
  const end = [
    ...u32(0x06054b50),
    ...u16(0),
    ...u16(0),
    ...u16(names.length),
    ...u16(names.length),
    ...u32(central.length),
    ...u32(local.length),
    ...u16(0),
  ];
  return new Uint8Array([...local, ...central, ...end]);
}

/** An OLE compound-file header followed by directory entries with the given stream names (UTF-16LE). */
export function makeLegacyOffice(...streams: string[]): Uint8Array {
  const zeros = (n: number): number[] => new Array<number>(n).fill(0);
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...zeros(504)];
  const entries = streams.flatMap((stream) => [...[...stream].flatMap((c) => [c.charCodeAt(0), 0]), 0, 0, ...zeros(64)]);
  return new Uint8Array([...header, ...entries]);
}

/** An OpenDocument file: the uncompressed "mimetype" entry first, as ODF requires, then its parts. */
export function makeOpenDocument(mimeType: string, ...more: string[]): Uint8Array {
  return makeZip([{ name: "mimetype", content: mimeType }, "META-INF/manifest.xml", "content.xml", "styles.xml", ...more]);
}

const text = (content: string) => new TextEncoder().encode(content);

/** Text attachments: what people e-mail each other, and what must never pass as text. */
export const SAMPLE_TEXT = {
  txt: text("Minutes of the legal services meeting\nBoth logos go on the certificate.\n"),
  csv: text('\ufeffinstitution,service,decision\r\nRijnmond University,Legal,"Annex, signed"\r\nUniversidad del Levante,Legal,Pending\r\n'),
  eml: text(
    "From: Carmen López <carmen.lopez@ulevante.test>\r\nTo: legal@rijnmond.test\r\nSubject: Annex to the agreement\r\n" +
      'Date: Fri, 20 Nov 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="b1"\r\n\r\n' +
      "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThe annex is signed.\r\n" +
      "--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>The annex is <b>signed</b>.</p></body></html>\r\n--b1--\r\n",
  ),
  html: text("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"),
  htmlAfterText: text(`${"Plain words first. ".repeat(20)}<p>then a page</p>`),
  scriptDeepInside: text(`${"A long, harmless line of notes.\n".repeat(200)}<script>alert(1)</script>\n`),
  svg: text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>'),
  xml: text('<?xml version="1.0"?><note>hello</note>'),
  latin1: new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]), // "Café" in Latin-1: not UTF-8
  utf16: new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]), // "Hi" in UTF-16: NUL bytes
};

export const SAMPLE_FILES = {
  pdf: bytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
  png: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]),
  jpeg: bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], "JFIF", [0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]),
  gif: bytes("GIF89a", [1, 0, 1, 0, 0, 0, 0, 0x3b]),
  webp: bytes("RIFF", [26, 0, 0, 0], "WEBPVP8L", [13, 0, 0, 0, 0x2f, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
  docx: makeZip(["[Content_Types].xml", "_rels/.rels", "word/document.xml"]),
  odt: makeOpenDocument("application/vnd.oasis.opendocument.text"),
  msg: makeLegacyOffice("Root Entry", "__properties_version1.0", "__substg1.0_0037001F", "__substg1.0_1000001F"),
  exe: bytes("MZ", [0x90, 0, 3, 0, 0, 0, 4, 0], "This program cannot be run in DOS mode."),
};
