import { currentUser } from "@/lib/auth/session";
import { getAttachmentForDownload } from "@/lib/advice/data";
import { downloadNotFound, fileDownload } from "@/lib/advice/download";
import { getT } from "@/lib/i18n/server";

// Authorized on every request against the database: a copied link is worthless outside the
// programme (and, for a draft, outside its institution). Refusals are 404 so nothing is revealed.
export async function GET(_request: Request, { params }: { params: Promise<{ programmeId: string; attachmentId: string }> }) {
  const { programmeId, attachmentId } = await params;
  const user = await currentUser();
  const file = user ? await getAttachmentForDownload(user, programmeId, attachmentId) : null;
  return file ? fileDownload(file) : downloadNotFound((await getT("advice"))("notFound"));
}
