import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { DeliveryMode } from "@/lib/generated/prisma/enums";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";

/** What a programme is: the fields shared by starting one (team leader or admin) and editing its details. */
export type ProgrammeFieldValues = {
  title: string;
  summary: string;
  ects: string;
  eqfLevel: string;
  deliveryMode: string;
  /** YYYY-MM-DD or empty. */
  plannedStart: string;
};

export const NEW_PROGRAMME_VALUES: ProgrammeFieldValues = {
  title: "",
  summary: "",
  ects: "",
  eqfLevel: "7",
  deliveryMode: "BLENDED",
  plannedStart: "",
};

/**
 * `shown(field)` is the value to show (saved, or typed before a refused save); `errors(field)` its
 * messages. Rendered inside client forms only (it reads the client's messages).
 */
export function ProgrammeFields({
  shown,
  errors,
  children,
}: {
  shown: (field: keyof ProgrammeFieldValues) => string | undefined;
  errors: (field: string) => string[] | undefined;
  /** Further fields beside the planned start (the phase, when editing). */
  children?: ReactNode;
}) {
  const t = useTranslations("programmesClient");
  const tDomain = useTranslations("domain");
  return (
    <>
      <TextField label={t("fields.title")} name="title" required maxLength={200} defaultValue={shown("title")} errors={errors("title")} />
      <TextAreaField
        label={t("fields.summary")}
        name="summary"
        rows={3}
        maxLength={5000}
        defaultValue={shown("summary")}
        errors={errors("summary")}
      />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          label={t("fields.ects")}
          name="ects"
          type="number"
          inputMode="decimal"
          step="0.5"
          min={1}
          max={60}
          required
          defaultValue={shown("ects")}
          errors={errors("ects")}
        />
        <SelectField
          label={t("fields.eqfLevel")}
          name="eqfLevel"
          required
          defaultValue={shown("eqfLevel")}
          errors={errors("eqfLevel")}
          options={[1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ value: String(n), label: t("fields.eqfOption", { level: n }) }))}
        />
        <SelectField
          label={t("fields.delivery")}
          name="deliveryMode"
          required
          defaultValue={shown("deliveryMode")}
          errors={errors("deliveryMode")}
          options={Object.values(DeliveryMode).map((mode) => ({ value: mode, label: tDomain(`deliveryMode.${mode}`) }))}
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={t("fields.plannedStart")}
          name="plannedStart"
          type="date"
          defaultValue={shown("plannedStart")}
          errors={errors("plannedStart")}
          hint={t("fields.plannedStartHint")}
        />
        {children}
      </div>
    </>
  );
}
