"use client";
import { useTranslations } from "next-intl";
import { withdrawDecisionAction } from "@/lib/decisions/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

/** Takes the decision off the table, after confirming with a reason (kept, with every version and answer). */
export function WithdrawDecisionForm({ decisionId, number }: { decisionId: string; number: number }) {
  const t = useTranslations("decisionsClient");
  const { state, formProps, errors, value } = useFormAction(withdrawDecisionAction);
  return (
    <ConfirmDialog trigger={t("withdraw.trigger")} title={t("withdraw.title", { number })}>
      <form {...formProps} className="space-y-3" noValidate>
        <FormMessage state={state} />
        <p className="text-sm text-slate-800">{t("withdraw.text")}</p>
        <input type="hidden" name="decisionId" value={decisionId} />
        <TextAreaField
          label={t("withdraw.reason")}
          name="reason"
          required
          rows={3}
          maxLength={500}
          defaultValue={value("reason")}
          errors={errors("reason")}
        />
        <SubmitButton variant="danger" pendingLabel={t("withdraw.withdrawing")}>
          {t("withdraw.confirm")}
        </SubmitButton>
      </form>
    </ConfirmDialog>
  );
}
