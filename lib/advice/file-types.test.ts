import { describe, expect, it } from "vitest";
import { checkAttachment, cleanFileName, contentDisposition, detectFileType, MAX_ATTACHMENT_BYTES, zipEntryNames } from "./file-types";
import { makeLegacyOffice, makeZip, SAMPLE_FILES } from "@/tests/support/sample-files";

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
    expect(detectFileType(makeLegacyOffice("__substg1.0_0037001F"))).toBeNull(); // an Outlook message, not Office
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

  it("refuses files over 10 MB with a message that names the file and the limit", () => {
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(SAMPLE_FILES.pdf);
    const result = checkAttachment("big.pdf", big);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/"big.pdf" is 10.0 MB; attachments can be at most 10 MB/);
    expect(
      checkAttachment(
        "exact.pdf",
        (() => {
          const b = new Uint8Array(MAX_ATTACHMENT_BYTES);
          b.set(SAMPLE_FILES.pdf);
          return b;
        })(),
      ).ok,
    ).toBe(true);
  });

  it("refuses a renamed executable, saying the content decides", () => {
    const result = checkAttachment("report.pdf", SAMPLE_FILES.exe);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/not a file type we accept.*checked from the file's content/);
  });

  it("refuses empty files", () => {
    expect(checkAttachment("empty.pdf", new Uint8Array()).ok).toBe(false);
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
