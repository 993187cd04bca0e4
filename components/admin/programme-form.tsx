"use client";
import { createProgrammeAsAdminAction } from "@/lib/admin/actions";
import { DELIVERY_MODE_LABELS } from "@/lib/domain/labels";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { fieldErrors } from "./action-state";
import { useKeptFormAction } from "./use-kept-form-action";

type LeaderOption = { id: string; name: string; email: string; institution: { shortName: string } | null };

export function AdminProgrammeForm({ leaders }: { leaders: LeaderOption[] }) {
  const { state, formProps } = useKeptFormAction(createProgrammeAsAdminAction);
  const errors = (field: string) => fieldErrors(state, field);
  return (
    <form {...formProps} className="max-w-2xl space-y-4 rounded-lg border border-slate-300 bg-white p-6 shadow-sm" noValidate>
      <FormMessage state={state} />
      <SelectField
        label="Team leader"
        name="leaderId"
        required
        defaultValue=""
        errors={errors("leaderId")}
        hint="Their home institution becomes the lead institution, with its six service engagements."
        options={[
          { value: "", label: "— Choose a person —" },
          ...leaders.map((l) => ({ value: l.id, label: `${l.name} · ${l.institution?.shortName ?? ""} · ${l.email}` })),
        ]}
      />
      <TextField label="Title" name="title" required errors={errors("title")} autoComplete="off" />
      <TextAreaField label="Summary (optional)" name="summary" errors={errors("summary")} rows={3} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          label="ECTS"
          name="ects"
          type="number"
          inputMode="decimal"
          step="0.5"
          min={1}
          max={60}
          required
          defaultValue="15"
          errors={errors("ects")}
        />
        <SelectField
          label="EQF level"
          name="eqfLevel"
          required
          defaultValue="7"
          errors={errors("eqfLevel")}
          options={[1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ value: String(n), label: `EQF ${n}` }))}
        />
        <SelectField
          label="Delivery mode"
          name="deliveryMode"
          required
          defaultValue="BLENDED"
          errors={errors("deliveryMode")}
          options={Object.entries(DELIVERY_MODE_LABELS).map(([value, label]) => ({ value, label }))}
        />
      </div>
      <TextField label="Planned start (optional)" name="plannedStart" type="date" errors={errors("plannedStart")} />
      <SubmitButton pendingLabel="Creating…">Create programme</SubmitButton>
    </form>
  );
}
