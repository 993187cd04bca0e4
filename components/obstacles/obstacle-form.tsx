"use client";
import { useTranslations } from "next-intl";
import type { ActionInput, ActionState } from "@/lib/actions/state";
import { PLAN_STEPS_IN_GUIDE_ORDER, stepNumber } from "@/lib/plan/steps";
import { PROGRAMME_ELEMENTS, RULE_LEVELS } from "@/lib/obstacles/labels";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { buttonClasses } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";

type Action = (state: ActionState, input: ActionInput) => Promise<ActionState>;
export type ObstacleFormValues = {
  title: string;
  rule: string;
  ruleSource: string;
  ruleLevel: string;
  institutionId: string;
  country: string;
  element: string;
  description: string;
  step: string;
};

/** Raising an obstacle and changing what it says; the institution is chosen when raising only. */
export function ObstacleForm({
  action,
  mode,
  hidden,
  defaults,
  institutions,
  cancelHref,
}: {
  action: Action;
  mode: "raise" | "edit";
  hidden: Record<string, string>;
  defaults: ObstacleFormValues;
  /** The institutions this person may raise an obstacle for (raise only). */
  institutions: readonly { id: string; label: string }[];
  cancelHref: string;
}) {
  const t = useTranslations("obstaclesClient");
  const tDomain = useTranslations("domain");
  const { state, formProps, errors, value } = useFormAction(action);
  const shown = (field: keyof ObstacleFormValues) => value(field, defaults[field]);
  return (
    <form {...formProps} className="max-w-3xl space-y-4 rounded-lg border border-slate-300 bg-white p-5" noValidate>
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      <FormMessage state={state} />
      {errors("raisedFromAdviceId") && <p className="text-sm text-red-700">{errors("raisedFromAdviceId")!.join(" ")}</p>}
      {errors("raisedFromIssueId") && <p className="text-sm text-red-700">{errors("raisedFromIssueId")!.join(" ")}</p>}
      <TextField
        label={t("form.title")}
        name="title"
        required
        maxLength={200}
        defaultValue={shown("title")}
        errors={errors("title")}
        hint={t("form.titleHint")}
      />
      <TextAreaField
        label={t("form.rule")}
        name="rule"
        required
        rows={3}
        defaultValue={shown("rule")}
        errors={errors("rule")}
        hint={t("form.ruleHint")}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("form.ruleSource")}
          name="ruleSource"
          required
          maxLength={500}
          defaultValue={shown("ruleSource")}
          errors={errors("ruleSource")}
          hint={t("form.ruleSourceHint")}
        />
        <SelectField
          label={t("form.ruleLevel")}
          name="ruleLevel"
          required
          defaultValue={shown("ruleLevel")}
          errors={errors("ruleLevel")}
          options={[
            { value: "", label: t("form.chooseLevel") },
            ...RULE_LEVELS.map((l) => ({ value: l, label: tDomain(`ruleLevel.${l}`) })),
          ]}
        />
        {mode === "raise" && (
          <SelectField
            label={t("form.institution")}
            name="institutionId"
            required
            defaultValue={shown("institutionId")}
            errors={errors("institutionId")}
            hint={t("form.institutionHint")}
            options={[{ value: "", label: t("form.chooseInstitution") }, ...institutions.map((i) => ({ value: i.id, label: i.label }))]}
          />
        )}
        <TextField
          label={t("form.country")}
          name="country"
          maxLength={60}
          defaultValue={shown("country")}
          errors={errors("country")}
          hint={t("form.countryHint")}
          autoComplete="off"
        />
        <SelectField
          label={t("form.element")}
          name="element"
          required
          defaultValue={shown("element")}
          errors={errors("element")}
          options={[
            { value: "", label: t("form.chooseElement") },
            ...PROGRAMME_ELEMENTS.map((e) => ({ value: e, label: tDomain(`programmeElement.${e}`) })),
          ]}
        />
        <SelectField
          label={t("form.step")}
          name="step"
          defaultValue={shown("step")}
          errors={errors("step")}
          options={[
            { value: "", label: t("form.noStep") },
            ...PLAN_STEPS_IN_GUIDE_ORDER.map((s) => ({ value: s, label: `${stepNumber(s)}. ${tDomain(`planStep.${s}`)}` })),
          ]}
        />
      </div>
      <TextAreaField
        label={t("form.description")}
        name="description"
        rows={5}
        defaultValue={shown("description")}
        errors={errors("description")}
        hint={t("form.descriptionHint")}
      />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pendingLabel={t("form.sending")}>{mode === "raise" ? t("form.raise") : t("form.save")}</SubmitButton>
        <a href={cancelHref} className={buttonClasses("secondary")}>
          {t("form.cancel")}
        </a>
      </div>
    </form>
  );
}
