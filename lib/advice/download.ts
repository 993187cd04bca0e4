import "server-only";
import { contentDisposition, contentTypeOf } from "./file-types";

type StoredFile = { fileName: string; mimeType: string; size: number; sha256: string; content: Uint8Array };

/** A stored file as a download that cannot run in the browser (sandboxed, never sniffed), for advice and decisions alike. */
export function fileDownload(file: StoredFile): Response {
  return new Response(new Uint8Array(file.content), {
    headers: {
      "Content-Type": contentTypeOf(file.mimeType),
      "Content-Length": String(file.size),
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "private, no-store",
      ETag: `"${file.sha256}"`,
    },
  });
}

/** The answer to a link that does not exist or is not the reader's to follow: the same 404 either way, so nothing is revealed. */
export function downloadNotFound(text: string): Response {
  return new Response(text, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
