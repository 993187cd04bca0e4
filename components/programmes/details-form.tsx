"use client";
import { updateProgrammeDetailsAction } from "@/lib/programmes/actions";
import { PROGRAMME_PHASES } from "@/lib/programmes/phases";
import { DELIVERY_MODE_LABELS, PROGRAMME_STATUS_LABELS } from "@/lib/domain/labels";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";

type ProgrammeDetailsValues = {
  title: string;
  summary: string;
  ects: string;
  eqfLevel: string;
  deliveryMode: string;
  /** YYYY-MM-DD or empty. */
  plannedStart: string;
  status: string;
};

/**
 * Title, summary, workload, EQF level, delivery, planned start and phase. Works as a plain form
 * post without JavaScript; saves only over the version it was opened with.
 */
export function ProgrammeDetailsForm({
  programmeId,
  version,
  values,
}: {
  programmeId: string;
  version: number;
  values: ProgrammeDetailsValues;
}) {
  const { state, formProps, errors, value } = useFormAction(updateProgrammeDetailsAction);
  const shown = (field: keyof ProgrammeDetailsValues) => value(field, values[field]);
  return (
    <form {...formProps} aria-labelledby="details-heading" className="space-y-4">
      <input type="hidden" name="programmeId" value={programmeId} />
      <input type="hidden" name="version" value={version} />
      <TextField label="Title" name="title" required maxLength={200} defaultValue={shown("title")} errors={errors("title")} />
      <TextAreaField label="Summary" name="summary" rows={3} maxLength={5000} defaultValue={shown("summary")} errors={errors("summary")} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          label="Workload (ECTS)"
          name="ects"
          type="number"
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
        <SelectField
          label="Phase"
          name="status"
          required
          defaultValue={shown("status")}
          errors={errors("status")}
          options={PROGRAMME_PHASES.map((p) => ({ value: p, label: PROGRAMME_STATUS_LABELS[p] }))}
          hint="Design → development → approval → delivery, as the partnership moves on."
        />
      </div>
      <FormMessage state={state} />
      <SubmitButton>Save details</SubmitButton>
    </form>
  );
}
