"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { updatePlanStepAction } from "@/lib/plan/actions";
import { PLAN_STEP_STATUSES } from "@/lib/plan/steps";
import type { PlanStepStatus } from "@/lib/generated/prisma/enums";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { useHydrated } from "@/components/ui/use-hydrated";

/** A step's status (not for step 5, whose status is the matrix's), owner and target date. */
export function PlanStepForm({
  stepId,
  version,
  statusFollowsMatrix,
  values,
  owners,
}: {
  stepId: string;
  version: number;
  statusFollowsMatrix: boolean;
  values: { status: PlanStepStatus; statusReason: string; ownerId: string; targetDate: string };
  owners: readonly { id: string; name: string }[];
}) {
  const t = useTranslations("planClient");
  const tDomain = useTranslations("domain");
  const { state, formProps, errors, value } = useFormAction(updatePlanStepAction);
  // Without JavaScript the reason is always there to fill in; with it, only when "Not applicable" is chosen.
  const hydrated = useHydrated();
  const [status, setStatus] = useState(value("status", values.status) ?? values.status);
  return (
    <form {...formProps} className="space-y-3 rounded-lg border border-slate-300 bg-white p-4" aria-labelledby="plan-step-form-heading">
      <h2 id="plan-step-form-heading" className="text-lg font-semibold text-slate-900">
        {t("form.heading")}
      </h2>
      <input type="hidden" name="stepId" value={stepId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} />
      <div className="grid gap-3 sm:grid-cols-3">
        {!statusFollowsMatrix && (
          <SelectField
            label={t("form.status")}
            name="status"
            value={status}
            onChange={(e) => setStatus(e.target.value)}
            errors={errors("status")}
            options={PLAN_STEP_STATUSES.map((s) => ({ value: s, label: tDomain(`planStatus.${s}`) }))}
          />
        )}
        <SelectField
          label={t("form.owner")}
          name="ownerId"
          defaultValue={value("ownerId", values.ownerId)}
          errors={errors("ownerId")}
          options={[{ value: "", label: t("form.nobody") }, ...owners.map((o) => ({ value: o.id, label: o.name }))]}
        />
        <TextField
          label={t("form.targetDate")}
          name="targetDate"
          type="date"
          defaultValue={value("targetDate", values.targetDate)}
          errors={errors("targetDate")}
        />
      </div>
      {statusFollowsMatrix && <p className="text-sm text-slate-700">{t("form.followsMatrix")}</p>}
      <div hidden={statusFollowsMatrix || (hydrated && status !== "NOT_APPLICABLE")}>
        <TextAreaField
          label={t("form.reason")}
          name="statusReason"
          rows={2}
          maxLength={500}
          defaultValue={value("statusReason", values.statusReason)}
          errors={errors("statusReason")}
          hint={t("form.reasonHint")}
        />
      </div>
      <SubmitButton>{t("form.save")}</SubmitButton>
    </form>
  );
}
