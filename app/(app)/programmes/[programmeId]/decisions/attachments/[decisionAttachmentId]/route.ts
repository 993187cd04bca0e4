import { currentUser } from "@/lib/auth/session";
import { getDecisionAttachmentForDownload } from "@/lib/decisions/data";
import { downloadNotFound, fileDownload } from "@/lib/advice/download";
import { getT } from "@/lib/i18n/server";

// Authorized on every request against the database: members of the programme only; 404 otherwise.
export async function GET(_request: Request, { params }: { params: Promise<{ programmeId: string; decisionAttachmentId: string }> }) {
  const { programmeId, decisionAttachmentId } = await params;
  const user = await currentUser();
  const file = user ? await getDecisionAttachmentForDownload(user, programmeId, decisionAttachmentId) : null;
  return file ? fileDownload(file) : downloadNotFound((await getT("decisions"))("attachmentNotFound"));
}
