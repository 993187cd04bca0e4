import type { ReactNode } from "react";
import { DELIVERY_MODE_LABELS } from "@/lib/domain/labels";
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

/** `shown(field)` is the value to show (saved, or typed before a refused save); `errors(field)` its messages. */
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
  return (
    <>
      <TextField label="Title" name="title" required maxLength={200} defaultValue={shown("title")} errors={errors("title")} />
      <TextAreaField label="Summary" name="summary" rows={3} maxLength={5000} defaultValue={shown("summary")} errors={errors("summary")} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          label="Workload (ECTS)"
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
          label="EQF level"
          name="eqfLevel"
          required
          defaultValue={shown("eqfLevel")}
          errors={errors("eqfLevel")}
          options={[1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ value: String(n), label: `Level ${n}` }))}
        />
        <SelectField
          label="Delivery"
          name="deliveryMode"
          required
          defaultValue={shown("deliveryMode")}
          errors={errors("deliveryMode")}
          options={Object.entries(DELIVERY_MODE_LABELS).map(([value, label]) => ({ value, label }))}
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Planned start (optional)"
          name="plannedStart"
          type="date"
          defaultValue={shown("plannedStart")}
          errors={errors("plannedStart")}
          hint="Leave empty while the start is not decided."
        />
        {children}
      </div>
    </>
  );
}
