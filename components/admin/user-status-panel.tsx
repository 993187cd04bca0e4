"use client";
import { useTranslations } from "next-intl";
import { deactivateUserAction, reactivateUserAction } from "@/lib/admin/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { formatDateTime, type Reader } from "@/lib/domain/dates";
import { useFormAction } from "@/components/ui/use-form-action";

type Status = {
  userId: string;
  name: string;
  isSelf: boolean;
  deactivatedAt: string | null;
  /** The admin reading the page (time zone for the deactivation time). */
  reader: Reader;
  deactivation: { by: string | null; reason: string | null } | null;
};

/** Deactivate (after confirming, with a reason) or reactivate an account. */
export function UserStatusPanel({ userId, name, isSelf, deactivatedAt, reader, deactivation }: Status) {
  const t = useTranslations("adminClient");
  const deactivate = useFormAction(deactivateUserAction);
  const reactivate = useFormAction(reactivateUserAction);
  if (deactivatedAt) {
    return (
      <div className="max-w-2xl space-y-3 rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
        <FormMessage
          state={
            reactivate.state.status === "error" ? reactivate.state : deactivate.state.status === "success" ? deactivate.state : undefined
          }
        />
        <p className="text-sm text-slate-800">
          {t.rich(deactivation?.by ? "status.deactivatedBy" : "status.deactivated", {
            strong: (chunks) => <span className="font-semibold">{chunks}</span>,
            when: formatDateTime(new Date(deactivatedAt), reader),
            by: deactivation?.by ?? "",
            name,
          })}
        </p>
        {deactivation?.reason && (
          <p className="text-sm text-slate-800">
            <span className="font-medium">{t("status.reason")}</span> {deactivation.reason}
          </p>
        )}
        <form {...reactivate.formProps}>
          <input type="hidden" name="userId" value={userId} />
          <SubmitButton variant="secondary" pendingLabel={t("status.reactivating")}>
            {t("status.reactivate")}
          </SubmitButton>
        </form>
      </div>
    );
  }
  return (
    <div className="max-w-2xl space-y-3 rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
      <FormMessage state={reactivate.state.status === "success" ? reactivate.state : undefined} />
      <p className="text-sm text-slate-800">
        <span className="font-semibold">{t("status.active")}</span> {isSelf ? t("status.selfNote") : t("status.deactivateNote", { name })}
      </p>
      {!isSelf && (
        <ConfirmDialog trigger={t("status.deactivateAccount")} title={t("status.dialogTitle", { name })}>
          <form {...deactivate.formProps} className="space-y-3" noValidate>
            <FormMessage state={deactivate.state} />
            <p className="text-sm text-slate-800">{t("status.dialogText", { name })}</p>
            <input type="hidden" name="userId" value={userId} />
            <TextAreaField
              label={t("status.reasonLabel")}
              name="reason"
              required
              rows={3}
              defaultValue={deactivate.value("reason")}
              errors={deactivate.errors("reason")}
              hint={t("status.reasonHint")}
            />
            <SubmitButton variant="danger" pendingLabel={t("status.deactivating")}>
              {t("status.deactivate")}
            </SubmitButton>
          </form>
        </ConfirmDialog>
      )}
    </div>
  );
}
