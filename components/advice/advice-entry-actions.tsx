"use client";
import { deleteAdviceAction, removeAttachmentAction, restoreAdviceAction, shareAdviceAction } from "@/lib/advice/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";

/** Share / remove / restore buttons of one entry; each says what happened. */
export function AdviceEntryActions({
  adviceId,
  version,
  can,
}: {
  adviceId: string;
  version: number;
  can: { share: boolean; remove: boolean; restore: boolean };
}) {
  const share = useFormAction(shareAdviceAction);
  const remove = useFormAction(deleteAdviceAction);
  const restore = useFormAction(restoreAdviceAction);
  const latest = [share.state, remove.state, restore.state].find((s) => s.status !== "idle");
  if (!can.share && !can.remove && !can.restore) return null;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        {can.share && (
          <ConfirmDialog trigger="Share with the partnership" title="Share this advice with the partnership?" variant="secondary">
            <p className="text-sm text-slate-700">
              Everyone in the programme will be able to read it. A shared entry cannot be made a draft again.
            </p>
            <form {...share.formProps}>
              <input type="hidden" name="adviceId" value={adviceId} />
              <input type="hidden" name="version" value={version} />
              <SubmitButton pendingLabel="Sharing…">Share now</SubmitButton>
            </form>
          </ConfirmDialog>
        )}
        {can.remove && (
          <ConfirmDialog trigger="Remove…" title="Remove this advice entry?">
            <p className="text-sm text-slate-700">
              The entry disappears from the advice log but stays on record with its history; the team leader can restore it.
            </p>
            <form {...remove.formProps} className="space-y-3">
              <input type="hidden" name="adviceId" value={adviceId} />
              <input type="hidden" name="version" value={version} />
              <TextAreaField
                label="Reason for removing it"
                name="reason"
                rows={3}
                required
                defaultValue={remove.value("reason")}
                errors={remove.errors("reason")}
              />
              <SubmitButton variant="danger" pendingLabel="Removing…">
                Remove entry
              </SubmitButton>
            </form>
          </ConfirmDialog>
        )}
        {can.restore && (
          <ConfirmDialog trigger="Restore…" title="Restore this advice entry?" variant="secondary">
            <p className="text-sm text-slate-700">It goes back into the advice log with the visibility it had.</p>
            <form {...restore.formProps}>
              <input type="hidden" name="adviceId" value={adviceId} />
              <input type="hidden" name="version" value={version} />
              <SubmitButton pendingLabel="Restoring…">Restore entry</SubmitButton>
            </form>
          </ConfirmDialog>
        )}
      </div>
      <FormMessage state={latest} />
    </div>
  );
}

export function RemoveAttachmentButton({ attachmentId, fileName }: { attachmentId: string; fileName: string }) {
  const { state, formProps } = useFormAction(removeAttachmentAction);
  return (
    <ConfirmDialog trigger={`Remove ${fileName}`} title={`Remove the attachment "${fileName}"?`}>
      <p className="text-sm text-slate-700">It will no longer be listed or downloadable. The audit trail records the removal.</p>
      <form {...formProps} className="space-y-2">
        <input type="hidden" name="attachmentId" value={attachmentId} />
        <FormMessage state={state} />
        <SubmitButton variant="danger" pendingLabel="Removing…">
          Remove attachment
        </SubmitButton>
      </form>
    </ConfirmDialog>
  );
}
