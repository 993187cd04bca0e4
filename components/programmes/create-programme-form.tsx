"use client";
import { useActionState } from "react";
import type { ActionState } from "@/lib/actions/state";
import { createProgrammeAction } from "@/lib/programmes/actions";
import { DELIVERY_MODE_LABELS } from "@/lib/domain/labels";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";

export function CreateProgrammeForm({
  institutions,
  defaultInstitutionId,
}: {
  institutions: { value: string; label: string }[];
  defaultInstitutionId?: string;
}) {
  const [state, action] = useActionState<ActionState, FormData>(createProgrammeAction, { status: "idle" });
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={action} className="max-w-2xl space-y-4 rounded-lg border border-slate-300 bg-white p-5">
      <TextField label="Title" name="title" required errors={errors?.title} maxLength={200} />
      <TextAreaField label="Summary" name="summary" errors={errors?.summary} rows={3} />
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField label="Workload (ECTS)" name="ects" type="number" step="0.5" min={1} max={60} required errors={errors?.ects} />
        <SelectField
          label="EQF level"
          name="eqfLevel"
          required
          errors={errors?.eqfLevel}
          defaultValue="7"
          options={[1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ value: String(n), label: `Level ${n}` }))}
        />
        <SelectField
          label="Delivery"
          name="deliveryMode"
          required
          errors={errors?.deliveryMode}
          options={Object.entries(DELIVERY_MODE_LABELS).map(([value, label]) => ({ value, label }))}
        />
      </div>
      <TextField label="Planned start (optional)" name="plannedStart" type="date" errors={errors?.plannedStart} />
      <SelectField
        label="Lead institution"
        name="leadInstitutionId"
        required
        errors={errors?.leadInstitutionId}
        defaultValue={defaultInstitutionId}
        options={institutions}
        hint="You become the programme's team leader, acting for the lead institution."
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Creating…">Create programme</SubmitButton>
    </form>
  );
}
