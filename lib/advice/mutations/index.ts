// The advice log's writes: logging an entry (log.ts), changing one — edit, share, remove, restore
// (entries.ts) — and its attachments (attachments.ts); the locked entry row and its revisions
// (entry-rows.ts) and the board issue that follows advice up (follow-up.ts) behind them.
export { logAdvice, type LogAdviceData } from "./log";
export { deleteAdvice, editAdvice, restoreAdvice, shareAdvice } from "./entries";
export { checkAttachments, removeAttachment, storedFileColumns, type UploadedFile } from "./attachments";
