"use client";
import { createProgrammeAction } from "@/lib/programmes/actions";
import { DELIVERY_MODE_LABELS } from "@/lib/domain/labels";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";

export function CreateProgrammeForm({
  institutions,
  defaultInstitutionId,
}: {
  institutions: { value: string; label: string }[];
  defaultInstitutionId?: string;
}) {
  const { state, formProps, errors, value } = useFormAction(createProgrammeAction);
  return (
    <form {...formProps} className="max-w-2xl space-y-4 rounded-lg border border-slate-300 bg-white p-5">
      <TextField label="Title" name="title" required defaultValue={value("title")} errors={errors("title")} maxLength={200} />
      <TextAreaField label="Summary" name="summary" defaultValue={value("summary")} errors={errors("summary")} rows={3} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField
          label="Workload (ECTS)"
          name="ects"
          type="number"
          step="0.5"
          min={1}
          max={60}
          required
          defaultValue={value("ects")}
          errors={errors("ects")}
        />
        <SelectField
          label="EQF level"
          name="eqfLevel"
          required
          errors={errors("eqfLevel")}
          defaultValue={value("eqfLevel", "7")}
          options={[1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ value: String(n), label: `Level ${n}` }))}
        />
        <SelectField
          label="Delivery"
          name="deliveryMode"
          required
          errors={errors("deliveryMode")}
          defaultValue={value("deliveryMode")}
          options={Object.entries(DELIVERY_MODE_LABELS).map(([value, label]) => ({ value, label }))}
        />
      </div>
      <TextField
        label="Planned start (optional)"
        name="plannedStart"
        type="date"
        defaultValue={value("plannedStart")}
        errors={errors("plannedStart")}
      />
      <SelectField
        label="Lead institution"
        name="leadInstitutionId"
        required
        errors={errors("leadInstitutionId")}
        defaultValue={value("leadInstitutionId", defaultInstitutionId)}
        options={institutions}
        hint="You become the programme's team leader, acting for the lead institution."
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Creating…">Create programme</SubmitButton>
    </form>
  );
}
