"use client";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("adviceClient");
  const share = useFormAction(shareAdviceAction);
  const remove = useFormAction(deleteAdviceAction);
  const restore = useFormAction(restoreAdviceAction);
  const latest = [share.state, remove.state, restore.state].find((s) => s.status !== "idle");
  if (!can.share && !can.remove && !can.restore) return null;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        {can.share && (
          <ConfirmDialog trigger={t("entryActions.shareTrigger")} title={t("entryActions.shareTitle")} variant="secondary">
            <p className="text-sm text-slate-700">{t("entryActions.shareBody")}</p>
            <form {...share.formProps}>
              <input type="hidden" name="adviceId" value={adviceId} />
              <input type="hidden" name="version" value={version} />
              <SubmitButton pendingLabel={t("entryActions.sharing")}>{t("entryActions.shareConfirm")}</SubmitButton>
            </form>
          </ConfirmDialog>
        )}
        {can.remove && (
          <ConfirmDialog trigger={t("entryActions.removeTrigger")} title={t("entryActions.removeTitle")}>
            <p className="text-sm text-slate-700">{t("entryActions.removeBody")}</p>
            <form {...remove.formProps} className="space-y-3">
              <input type="hidden" name="adviceId" value={adviceId} />
              <input type="hidden" name="version" value={version} />
              <TextAreaField
                label={t("entryActions.removeReason")}
                name="reason"
                rows={3}
                required
                defaultValue={remove.value("reason")}
                errors={remove.errors("reason")}
              />
              <SubmitButton variant="danger" pendingLabel={t("entryActions.removing")}>
                {t("entryActions.removeConfirm")}
              </SubmitButton>
            </form>
          </ConfirmDialog>
        )}
        {can.restore && (
          <ConfirmDialog trigger={t("entryActions.restoreTrigger")} title={t("entryActions.restoreTitle")} variant="secondary">
            <p className="text-sm text-slate-700">{t("entryActions.restoreBody")}</p>
            <form {...restore.formProps}>
              <input type="hidden" name="adviceId" value={adviceId} />
              <input type="hidden" name="version" value={version} />
              <SubmitButton pendingLabel={t("entryActions.restoring")}>{t("entryActions.restoreConfirm")}</SubmitButton>
            </form>
          </ConfirmDialog>
        )}
      </div>
      <FormMessage state={latest} />
    </div>
  );
}

export function RemoveAttachmentButton({ attachmentId, fileName }: { attachmentId: string; fileName: string }) {
  const t = useTranslations("adviceClient");
  const { state, formProps } = useFormAction(removeAttachmentAction);
  return (
    <ConfirmDialog
      trigger={t("entryActions.removeAttachmentTrigger", { fileName })}
      title={t("entryActions.removeAttachmentTitle", { fileName })}
    >
      <p className="text-sm text-slate-700">{t("entryActions.removeAttachmentBody")}</p>
      <form {...formProps} className="space-y-2">
        <input type="hidden" name="attachmentId" value={attachmentId} />
        <FormMessage state={state} />
        <SubmitButton variant="danger" pendingLabel={t("entryActions.removing")}>
          {t("entryActions.removeAttachmentConfirm")}
        </SubmitButton>
      </form>
    </ConfirmDialog>
  );
}
