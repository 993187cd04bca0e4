import { describe, expect, it } from "vitest";
import {
  ACCEPT_ATTRIBUTE,
  ALLOWED_TYPES,
  checkAttachment,
  checkFileSelection,
  cleanFileName,
  contentDisposition,
  contentTypeOf,
  detectFileType,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS_PER_REQUEST,
  MAX_SUBMISSION_BYTES,
  sizeValues,
  storedFileName,
  zipEntryNames,
} from "./file-types";
import { makeLegacyOffice, makeOpenDocument, makeZip, SAMPLE_FILES, SAMPLE_TEXT } from "@/tests/support/sample-files";
import { inEnglish } from "@/tests/support/english";
import { LOCALES } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import path from "node:path";
import type { NextConfig } from "next";

describe("detectFileType (by content, not by name)", () => {
  it("recognises the allowed formats from their bytes", () => {
    expect(detectFileType(SAMPLE_FILES.pdf)?.mimeType).toBe("application/pdf");
    expect(detectFileType(SAMPLE_FILES.png)?.mimeType).toBe("image/png");
    expect(detectFileType(SAMPLE_FILES.jpeg)?.mimeType).toBe("image/jpeg");
    expect(detectFileType(SAMPLE_FILES.gif)?.mimeType).toBe("image/gif");
    expect(detectFileType(SAMPLE_FILES.webp)?.mimeType).toBe("image/webp");
    expect(detectFileType(SAMPLE_FILES.docx)?.extension).toBe("docx");
    expect(detectFileType(makeZip(["[Content_Types].xml", "xl/workbook.xml"]))?.extension).toBe("xlsx");
    expect(detectFileType(makeZip(["[Content_Types].xml", "ppt/presentation.xml"]))?.extension).toBe("pptx");
    expect(detectFileType(makeLegacyOffice("WordDocument"))?.extension).toBe("doc");
    expect(detectFileType(makeLegacyOffice("Workbook"))?.extension).toBe("xls");
    expect(detectFileType(makeLegacyOffice("PowerPoint Document"))?.extension).toBe("ppt");
  });

  it("refuses everything else, whatever the name says", () => {
    expect(detectFileType(SAMPLE_FILES.exe)).toBeNull();
    expect(detectFileType(new TextEncoder().encode("<html><script>alert(1)</script></html>"))).toBeNull();
    expect(detectFileType(makeZip(["evil.exe"]))).toBeNull(); // a plain zip is not an Office file
    expect(detectFileType(makeZip(["[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"]))).toBeNull(); // macros
    expect(detectFileType(makeLegacyOffice("__substg1.0_0037001F"))).toBeNull(); // a stray message stream is no message
    expect(detectFileType(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBeNull(); // truncated zip
    expect(detectFileType(new Uint8Array())).toBeNull();
  });

  it("reads zip central directories", () => {
    expect(zipEntryNames(makeZip(["a.txt", "b/c.xml"]))).toEqual(["a.txt", "b/c.xml"]);
  });
});

describe("checkAttachment", () => {
  it("accepts an allowed file and cleans its name", () => {
    const result = checkAttachment("C:\\Users\\me\\Statute déc.pdf", SAMPLE_FILES.pdf);
    expect(result).toMatchObject({ ok: true, file: { fileName: "Statute déc.pdf", mimeType: "application/pdf" } });
  });

  it("accepts exactly 10 MiB and refuses one byte more, saying both sizes exactly", () => {
    const pdfOf = (size: number) => {
      const b = new Uint8Array(size);
      b.set(SAMPLE_FILES.pdf);
      return b;
    };
    expect(MAX_ATTACHMENT_BYTES).toBe(10_485_760);
    expect(checkAttachment("exact.pdf", pdfOf(MAX_ATTACHMENT_BYTES)).ok).toBe(true);
    const result = checkAttachment("big.pdf", pdfOf(MAX_ATTACHMENT_BYTES + 1));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(inEnglish(result.message)).toBe(
        '"big.pdf" is too large (10,485,761 bytes). Each attachment can be at most 10 MB (10,485,760 bytes). Compress it or split it into smaller files, then attach it again.',
      );
    const larger = checkAttachment("scan.pdf", pdfOf(MAX_ATTACHMENT_BYTES + 600 * 1024));
    expect(larger.ok).toBe(false);
    if (!larger.ok) expect(inEnglish(larger.message)).toMatch(/^"scan.pdf" is too large \(10\.6 MB\)\./);
    // Refused by the save itself, the message also says that nothing was saved.
    const bySave = checkAttachment("big.pdf", pdfOf(MAX_ATTACHMENT_BYTES + 1), "nothingSaved");
    if (!bySave.ok) expect(inEnglish(bySave.message)).toMatch(/then attach it again\. Nothing was saved\.$/);
  });

  it("refuses a renamed executable, saying the content decides", () => {
    const result = checkAttachment("report.pdf", SAMPLE_FILES.exe);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(inEnglish(result.message)).toMatch(/not a type of file we accept\. Accepted: PDF;.*checked from the file's content/);
  });

  it("refuses a named empty file", () => {
    const result = checkAttachment("notes.txt", new Uint8Array());
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(inEnglish(result.message)).toBe('"notes.txt" is empty (0 bytes). Check that it is the right file and choose it again.');
  });
});

describe("file names", () => {
  it("drops folders and control characters", () => {
    expect(cleanFileName("../../etc/passwd", "pdf")).toBe("passwd");
    expect(cleanFileName("a\u0000b\n.pdf", "pdf")).toBe("ab.pdf");
    expect(cleanFileName("", "pdf")).toBe("attachment.pdf");
  });

  it("builds an RFC 5987 Content-Disposition keeping the original name", () => {
    expect(contentDisposition("Żółć report (v2).pdf")).toBe(
      `attachment; filename="____ report (v2).pdf"; filename*=UTF-8''%C5%BB%C3%B3%C5%82%C4%87%20report%20%28v2%29.pdf`,
    );
    expect(contentDisposition('a"b;c.pdf')).toBe(`attachment; filename="a_b_c.pdf"; filename*=UTF-8''a%22b%3Bc.pdf`);
  });
});

describe("the files universities e-mail each other", () => {
  it("recognises OpenDocument text, spreadsheets and presentations by their mimetype entry", () => {
    expect(detectFileType(SAMPLE_FILES.odt)?.extension).toBe("odt");
    expect(detectFileType(makeOpenDocument("application/vnd.oasis.opendocument.spreadsheet"))?.extension).toBe("ods");
    expect(detectFileType(makeOpenDocument("application/vnd.oasis.opendocument.presentation"))?.extension).toBe("odp");
  });

  it("refuses OpenDocument files with macros, of other kinds, or without a leading mimetype", () => {
    expect(detectFileType(makeOpenDocument("application/vnd.oasis.opendocument.text", "Basic/Standard/Module1.xml"))).toBeNull();
    expect(detectFileType(makeOpenDocument("application/vnd.oasis.opendocument.text", "Scripts/python/run.py"))).toBeNull();
    expect(detectFileType(makeOpenDocument("application/vnd.oasis.opendocument.graphics"))).toBeNull();
    expect(detectFileType(makeZip(["content.xml", { name: "mimetype", content: "application/vnd.oasis.opendocument.text" }]))).toBeNull();
  });

  it("recognises an Outlook .msg (an OLE file with message property streams), also when it carries a Word attachment", () => {
    expect(detectFileType(SAMPLE_FILES.msg)?.mimeType).toBe("application/vnd.ms-outlook");
    expect(detectFileType(makeLegacyOffice("__properties_version1.0", "__substg1.0_3701000D", "WordDocument"))?.extension).toBe("msg");
  });

  it("accepts UTF-8 text: plain, CSV (by its name) and e-mails (by their headers), HTML parts of an e-mail included", () => {
    expect(detectFileType(SAMPLE_TEXT.txt, "minutes.txt")?.mimeType).toBe("text/plain");
    expect(detectFileType(SAMPLE_TEXT.csv, "decisions.csv")?.mimeType).toBe("text/csv");
    expect(detectFileType(SAMPLE_TEXT.csv, "decisions.txt")?.mimeType).toBe("text/plain");
    expect(detectFileType(SAMPLE_TEXT.eml, "Annex.eml")?.mimeType).toBe("message/rfc822");
    expect(detectFileType(SAMPLE_TEXT.txt, "not-a-message.eml")?.mimeType).toBe("text/plain"); // no headers: plain text
  });

  it("refuses active content and non-text, whatever the name says", () => {
    for (const [what, bytes] of [
      ["HTML", SAMPLE_TEXT.html],
      ["HTML after a line of text", SAMPLE_TEXT.htmlAfterText],
      ["a script deep inside", SAMPLE_TEXT.scriptDeepInside],
      ["SVG with script", SAMPLE_TEXT.svg],
      ["XML", SAMPLE_TEXT.xml],
      ["Latin-1", SAMPLE_TEXT.latin1],
      ["UTF-16 (NUL bytes)", SAMPLE_TEXT.utf16],
      ["only whitespace", new TextEncoder().encode(" \n\t ")],
    ] as const) {
      for (const name of ["notes.txt", "data.csv", "message.eml", "page.html"])
        expect(detectFileType(bytes, name), `${what} named ${name}`).toBeNull();
    }
    // An e-mail may have an HTML part, but must not itself start as a page.
    expect(detectFileType(new TextEncoder().encode("<html><body>Subject: hi</body></html>\r\n\r\n"), "x.eml")).toBeNull();
  });

  it("stores every file under an extension of its real type, so nothing downloads as a program", () => {
    expect(checkAttachment("cleanup.bat", SAMPLE_TEXT.txt)).toMatchObject({ ok: true, file: { fileName: "cleanup.bat.txt" } });
    expect(checkAttachment("page.html", SAMPLE_TEXT.txt)).toMatchObject({ ok: true, file: { fileName: "page.html.txt" } });
    expect(checkAttachment("scan.pdf", SAMPLE_FILES.png)).toMatchObject({
      ok: true,
      file: { fileName: "scan.pdf.png", mimeType: "image/png" },
    });
    expect(checkAttachment("Photo.JPEG", SAMPLE_FILES.jpeg)).toMatchObject({ ok: true, file: { fileName: "Photo.JPEG" } });
    expect(checkAttachment("Acuerdo.odt", SAMPLE_FILES.odt)).toMatchObject({ ok: true, file: { fileName: "Acuerdo.odt" } });
    expect(storedFileName("", detectFileType(SAMPLE_TEXT.csv, "x.csv")!)).toBe("attachment.csv");
  });

  it("serves text as UTF-8, everything else with its plain type", () => {
    expect(contentTypeOf("text/plain")).toBe("text/plain; charset=utf-8");
    expect(contentTypeOf("text/csv")).toBe("text/csv; charset=utf-8");
    expect(contentTypeOf("message/rfc822")).toBe("message/rfc822");
    expect(contentTypeOf("application/pdf")).toBe("application/pdf");
  });
});

describe("one list drives the picker, the hint and the detection", () => {
  it("offers every detected type's extensions in the accept list, and names every group in the hint", () => {
    expect(ACCEPT_ATTRIBUTE.split(",")).toEqual(ALLOWED_TYPES.flatMap((t) => t.extensions.map((e) => `.${e}`)));
    for (const extension of [".odt", ".ods", ".odp", ".txt", ".csv", ".eml", ".msg", ".pdf", ".docx", ".doc", ".jpg", ".jpeg"])
      expect(ACCEPT_ATTRIBUTE.split(",")).toContain(extension);
    expect(inEnglish("adviceClient.files.acceptedTypes")).toBe(
      "PDF; Word, Excel or PowerPoint (old or new format); OpenDocument text, spreadsheets or presentations; plain text or CSV (UTF-8); e-mails saved as .eml or Outlook .msg; or PNG, JPEG, GIF or WebP images",
    );
  });

  it.each(LOCALES)("%s: a refused type names the same accepted types as the form's hint", async (locale) => {
    const { adviceClient } = await loadMessages(locale);
    expect(adviceClient.files.notAccepted).toContain(adviceClient.files.acceptedTypes);
  });

  it("every sample is detected as one of the offered types", () => {
    const offered = new Set(ALLOWED_TYPES.map((t) => t.mimeType));
    for (const [name, bytes] of Object.entries({ ...SAMPLE_FILES, ...SAMPLE_TEXT })) {
      const type = detectFileType(bytes, `sample.${name}`);
      if (type) expect(offered.has(type.mimeType), name).toBe(true);
    }
  });
});

describe("file sizes as people read them", () => {
  it("shows bytes and kilobytes whole, megabytes to one decimal", () => {
    const shown = (bytes: number) => inEnglish("adviceClient.files.size", sizeValues(bytes));
    expect([shown(0), shown(1023), shown(1024), shown(300_000), shown(1024 * 1024), shown(MAX_ATTACHMENT_BYTES + 600 * 1024)]).toEqual([
      "0 B",
      "1023 B",
      "1 KB",
      "293 KB",
      "1.0 MB",
      "10.6 MB",
    ]);
  });
});

describe("upload size limits", () => {
  it("checks the chosen files by count and size before anything is read", () => {
    const ok = Array.from({ length: MAX_ATTACHMENTS_PER_REQUEST }, (_, i) => ({ name: `f${i}.pdf`, size: MAX_ATTACHMENT_BYTES }));
    expect(checkFileSelection(ok)).toBeNull();
    const tooMany = checkFileSelection([...ok, { name: "one-more.pdf", size: 1 }]);
    expect(tooMany && inEnglish(tooMany)).toBe("You chose 11 files; attach at most 10 at a time (add more by editing the entry later).");
    const tooLarge = checkFileSelection([
      { name: "a.pdf", size: 10 },
      { name: "big.pdf", size: MAX_ATTACHMENT_BYTES + 1 },
    ]);
    expect(tooLarge && inEnglish(tooLarge)).toMatch(/^"big.pdf" is too large \(10,485,761 bytes\)/);
  });

  it("Next.js accepts the largest legal form post: next.config.js's body limits equal MAX_SUBMISSION_BYTES", async () => {
    // A computed path: next.config.js is plain JavaScript without types.
    const configFile = path.resolve(import.meta.dirname, "../../next.config.js");
    const nextConfig = ((await import(/* @vite-ignore */ configFile)) as { default: NextConfig }).default;
    expect(MAX_SUBMISSION_BYTES).toBe(MAX_ATTACHMENTS_PER_REQUEST * MAX_ATTACHMENT_BYTES + 1024 * 1024);
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(MAX_SUBMISSION_BYTES);
    // The proxy (proxy.ts) buffers request bodies and cuts them at this size (Next's default: 10 MiB).
    expect(nextConfig.experimental?.proxyClientMaxBodySize).toBe(MAX_SUBMISSION_BYTES);
  });
});
