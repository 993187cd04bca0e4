"use client";
import { useTranslations } from "next-intl";
import type { BoardOptions } from "@/lib/board/data";
import type { EscalationLevel, IssuePriority, PlanStepKey, Service } from "@/lib/generated/prisma/enums";
import { PLAN_STEPS_IN_GUIDE_ORDER, stepNumber } from "@/lib/plan/steps";
import { SERVICES_IN_GUIDE_ORDER } from "@/lib/domain/services";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";

export type IssueFieldValues = {
  title: string;
  description: string;
  services: Service[];
  institutionId: string;
  priority: IssuePriority;
  dueDate: string;
  labels: string;
  escalation: EscalationLevel | "";
  engagementId: string;
  adviceId: string;
  planStep: PlanStepKey | "";
};

/** The saved (or initial) values, with what the person typed before a refused save put back (useFormAction). */
export function keptIssueValues(
  saved: IssueFieldValues,
  form: {
    value: (field: string, fallback?: string) => string | undefined;
    values: (field: string, fallback?: readonly string[]) => readonly string[];
  },
): IssueFieldValues {
  const text = (field: Exclude<keyof IssueFieldValues, "services">) => form.value(field, saved[field]) ?? "";
  return {
    title: text("title"),
    description: text("description"),
    services: form.values("services", saved.services) as Service[],
    institutionId: text("institutionId"),
    priority: text("priority") as IssuePriority,
    dueDate: text("dueDate"),
    labels: text("labels"),
    escalation: text("escalation") as EscalationLevel | "",
    engagementId: text("engagementId"),
    adviceId: text("adviceId"),
    planStep: text("planStep") as PlanStepKey | "",
  };
}

type Props = {
  options: BoardOptions;
  values: IssueFieldValues;
  errors?: Record<string, string[]>;
  /** Controlled services/institution so the routing proposal can follow them. */
  onServicesChange?: (services: Service[]) => void;
  onInstitutionChange?: (institutionId: string) => void;
  /** Controlled "Linked engagement" (the new-issue form proposes the one matching service and institution). */
  engagement?: { value: string; onChange: (engagementId: string) => void };
  idPrefix?: string;
};

/** The fields of an issue, shared by the "new issue" and "edit issue" forms. */
export function IssueFields({ options, values, errors, onServicesChange, onInstitutionChange, engagement, idPrefix = "" }: Props) {
  const t = useTranslations("boardClient");
  const tDomain = useTranslations("domain");
  const id = (name: string) => `${idPrefix}${name}`;
  return (
    <div className="space-y-4">
      <TextField
        label={t("fields.title")}
        name="title"
        id={id("title")}
        required
        defaultValue={values.title}
        errors={errors?.title}
        maxLength={200}
      />
      <TextAreaField
        label={t("fields.description")}
        name="description"
        id={id("description")}
        defaultValue={values.description}
        errors={errors?.description}
        rows={6}
        hint={t("fields.descriptionHint")}
      />
      <fieldset aria-describedby={errors?.services ? id("services-error") : undefined}>
        <legend className="text-sm font-medium text-slate-800">
          {t("fields.services")}{" "}
          <span aria-hidden="true" className="text-red-700">
            *
          </span>
        </legend>
        <div className="mt-1 grid grid-cols-1 gap-1 sm:grid-cols-2">
          {SERVICES_IN_GUIDE_ORDER.map((s) => (
            <label key={s} className="flex items-center gap-2 text-sm text-slate-900">
              <input
                type="checkbox"
                name="services[]"
                value={s}
                defaultChecked={values.services.includes(s)}
                onChange={(e) => {
                  if (!onServicesChange) return;
                  const boxes = e.currentTarget.form?.querySelectorAll<HTMLInputElement>('input[name="services[]"]:checked') ?? [];
                  onServicesChange([...boxes].map((b) => b.value as Service));
                }}
              />
              {tDomain(`service.${s}`)}
            </label>
          ))}
        </div>
        {errors?.services && (
          <p id={id("services-error")} className="mt-1 text-sm text-red-700">
            {errors.services.join(" ")}
          </p>
        )}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("fields.institution")}
          name="institutionId"
          id={id("institutionId")}
          defaultValue={values.institutionId}
          errors={errors?.institutionId}
          onChange={(e) => onInstitutionChange?.(e.currentTarget.value)}
          options={[
            { value: "", label: t("fields.notSpecific") },
            ...options.institutions.map((i) => ({ value: i.id, label: i.lead ? t("fields.lead", { name: i.name }) : i.name })),
          ]}
        />
        <SelectField
          label={t("fields.priority")}
          name="priority"
          id={id("priority")}
          defaultValue={values.priority}
          errors={errors?.priority}
          options={(["LOW", "NORMAL", "HIGH", "URGENT"] as const).map((p) => ({ value: p, label: t(`priority.${p}`) }))}
        />
        <TextField
          label={t("fields.dueDate")}
          name="dueDate"
          id={id("dueDate")}
          type="date"
          defaultValue={values.dueDate}
          errors={errors?.dueDate}
        />
        <TextField
          label={t("fields.labels")}
          name="labels"
          id={id("labels")}
          defaultValue={values.labels}
          errors={errors?.labels}
          hint={t("fields.labelsHint")}
          list={id("label-suggestions")}
        />
        <datalist id={id("label-suggestions")}>
          {options.labels.map((l) => (
            <option key={l} value={l} />
          ))}
        </datalist>
        <SelectField
          label={t("fields.planStep")}
          name="planStep"
          id={id("planStep")}
          defaultValue={values.planStep}
          errors={errors?.planStep}
          options={[
            { value: "", label: t("fields.none") },
            ...PLAN_STEPS_IN_GUIDE_ORDER.map((s) => ({ value: s, label: `${stepNumber(s)}. ${tDomain(`planStep.${s}`)}` })),
          ]}
        />
        <SelectField
          label={t("fields.escalation")}
          name="escalation"
          id={id("escalation")}
          defaultValue={values.escalation}
          errors={errors?.escalation}
          hint={t("fields.escalationHint")}
          options={[
            { value: "", label: t("fields.none") },
            ...(["PROGRAMME_TEAM", "INSTITUTION_RULES", "NATIONAL_REGULATION"] as const).map((e) => ({
              value: e,
              label: t(`escalation.${e}`),
            })),
          ]}
        />
        <SelectField
          label={t("fields.engagement")}
          name="engagementId"
          id={id("engagementId")}
          {...(engagement
            ? { value: engagement.value, onChange: (e) => engagement.onChange(e.currentTarget.value) }
            : { defaultValue: values.engagementId })}
          errors={errors?.engagementId}
          options={[
            { value: "", label: t("fields.none") },
            ...options.engagements.map((e) => ({ value: e.id, label: `${e.institution} · ${tDomain(`service.${e.service}`)}` })),
          ]}
        />
        <SelectField
          label={t("fields.advice")}
          name="adviceId"
          id={id("adviceId")}
          defaultValue={values.adviceId}
          errors={errors?.adviceId}
          options={[
            { value: "", label: t("fields.none") },
            ...options.advice.map((a) => ({
              value: a.id,
              label: t("fields.adviceOption", { service: tDomain(`service.${a.service}`), summary: a.summary.slice(0, 80) }),
            })),
          ]}
        />
      </div>
    </div>
  );
}
