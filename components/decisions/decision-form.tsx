"use client";
import type { FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { ActionInput, ActionState } from "@/lib/actions/state";
import { SERVICES_IN_GUIDE_ORDER } from "@/lib/domain/services";
import { PLAN_STEPS_IN_GUIDE_ORDER, stepNumber } from "@/lib/plan/steps";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Button, buttonClasses } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";
import { AttachmentField, useAttachmentPicker } from "@/components/advice/attachment-field";

type Action = (state: ActionState, input: ActionInput) => Promise<ActionState>;
export type DecisionFormValues = {
  title: string;
  step: string;
  services: readonly string[];
  question: string;
  options: string;
  proposal: string;
  rationale: string;
};

/** Proposing a decision and publishing a new version of it: the same fields. */
export function DecisionForm({
  action,
  mode,
  hidden,
  defaults,
  cancelHref,
  refusedUpload,
}: {
  action: Action;
  mode: "propose" | "revise";
  hidden: Record<string, string>;
  defaults: DecisionFormValues;
  cancelHref: string;
  /** Set (already said) when the last plain form post was too large to read (lib/advice/oversized-post.ts). */
  refusedUpload?: string;
}) {
  const t = useTranslations("decisionsClient");
  const tDomain = useTranslations("domain");
  const initial: ActionState = refusedUpload
    ? { status: "error", kind: "invalid", message: refusedUpload, fieldErrors: { attachments: [refusedUpload] } }
    : { status: "idle" };
  const form = useFormAction(action, { initial });
  const { state, pending, formProps, errors, value, values } = form;
  const attachments = useAttachmentPicker();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (attachments.checkBeforeSubmit(event.currentTarget)) formProps.onSubmit(event);
  };
  const shown = (field: Exclude<keyof DecisionFormValues, "services">) => value(field, defaults[field]);
  const chosenServices = values("services", defaults.services);
  return (
    <form {...formProps} onSubmit={onSubmit} className="max-w-3xl space-y-4 rounded-lg border border-slate-300 bg-white p-5" noValidate>
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      <FormMessage state={state} />
      <TextField label={t("form.title")} name="title" required maxLength={200} defaultValue={shown("title")} errors={errors("title")} />
      <SelectField
        label={t("form.step")}
        name="step"
        required
        defaultValue={shown("step")}
        errors={errors("step")}
        options={[
          { value: "", label: t("form.chooseStep") },
          ...PLAN_STEPS_IN_GUIDE_ORDER.map((s) => ({ value: s, label: `${stepNumber(s)}. ${tDomain(`planStep.${s}`)}` })),
        ]}
      />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("form.services")}</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-2">
          {SERVICES_IN_GUIDE_ORDER.map((s) => (
            <label key={s} className="flex items-center gap-2 text-sm text-slate-900">
              <input type="checkbox" name="services" value={s} defaultChecked={chosenServices.includes(s)} className="size-4" />
              {tDomain(`service.${s}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <TextAreaField
        label={t("form.question")}
        name="question"
        required
        rows={3}
        defaultValue={shown("question")}
        errors={errors("question")}
        hint={t("form.questionHint")}
      />
      <TextAreaField
        label={t("form.options")}
        name="options"
        rows={4}
        defaultValue={shown("options")}
        errors={errors("options")}
        hint={t("form.optionsHint")}
      />
      <TextAreaField
        label={t("form.proposal")}
        name="proposal"
        required
        rows={5}
        defaultValue={shown("proposal")}
        errors={errors("proposal")}
      />
      <TextAreaField label={t("form.rationale")} name="rationale" rows={4} defaultValue={shown("rationale")} errors={errors("rationale")} />
      <AttachmentField picker={attachments} label={t("form.attachments")} serverErrors={errors("attachments")} />
      {mode === "revise" && <p className="text-sm text-slate-800">{t("form.reviseNote")}</p>}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? t("form.sending") : mode === "propose" ? t("form.propose") : t("form.publish")}
        </Button>
        <a href={cancelHref} className={buttonClasses("secondary")}>
          {t("form.cancel")}
        </a>
      </div>
    </form>
  );
}
