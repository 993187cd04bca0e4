import "server-only";
import type { ActionResult } from "@/lib/actions/state";
import { msg, type Message } from "@/lib/i18n/message";
import { checkAttachment, checkFileSelection } from "./file-types";
import type { UploadedFile } from "./mutations";

/** A refused attachment: the message goes under the file field, where the person chooses files again. */
const attachmentRefusal = (message: Message): ActionResult => ({
  status: "error",
  kind: "invalid",
  message: msg("advice.errors.attachmentRefused"),
  fieldErrors: { attachments: [message] },
});

/**
 * The uploaded files as bytes for the mutation (which checks them again before storing). Count and
 * sizes are checked before any file is read, then each file's content. Advice and decisions take
 * files by the same rules.
 */
export async function readAttachments(files: readonly File[]): Promise<{ files: UploadedFile[] } | { refusal: ActionResult }> {
  const selectionProblem = checkFileSelection(files);
  if (selectionProblem) return { refusal: attachmentRefusal(selectionProblem) };
  const read = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
  for (const file of read) {
    const checked = checkAttachment(file.name, file.bytes);
    if (!checked.ok) return { refusal: attachmentRefusal(checked.message) };
  }
  return { files: read };
}
