import { currentUser } from "@/lib/auth/session";
import { getAttachmentForDownload } from "@/lib/advice/data";
import { contentDisposition, contentTypeOf } from "@/lib/advice/file-types";
import { getT } from "@/lib/i18n/server";

// Authorized on every request against the database: a copied link is worthless outside the
// programme (and, for a draft, outside its institution). Refusals are 404 so nothing is revealed.
export async function GET(_request: Request, { params }: { params: Promise<{ programmeId: string; attachmentId: string }> }) {
  const { programmeId, attachmentId } = await params;
  const user = await currentUser();
  const file = user ? await getAttachmentForDownload(user, programmeId, attachmentId) : null;
  if (!file)
    return new Response((await getT("advice"))("notFound"), {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
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
