"use client";
import { createProgrammeAsAdminAction } from "@/lib/admin/actions";
import { DELIVERY_MODE_LABELS } from "@/lib/domain/labels";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

type LeaderOption = { id: string; name: string; email: string; institution: { shortName: string } | null };

export function AdminProgrammeForm({ leaders }: { leaders: LeaderOption[] }) {
  const { state, formProps, errors, value } = useFormAction(createProgrammeAsAdminAction);
  return (
    <form {...formProps} className="max-w-2xl space-y-4 rounded-lg border border-slate-300 bg-white p-6 shadow-sm" noValidate>
      <FormMessage state={state} />
      <SelectField
        label="Team leader"
        name="leaderId"
        required
        defaultValue={value("leaderId", "")}
        errors={errors("leaderId")}
        hint="Their home institution becomes the lead institution, with its six service engagements."
        options={[
          { value: "", label: "— Choose a person —" },
          ...leaders.map((l) => ({ value: l.id, label: `${l.name} · ${l.institution?.shortName ?? ""} · ${l.email}` })),
        ]}
      />
      <TextField label="Title" name="title" required defaultValue={value("title")} errors={errors("title")} autoComplete="off" />
      <TextAreaField label="Summary (optional)" name="summary" defaultValue={value("summary")} errors={errors("summary")} rows={3} />
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
          defaultValue={value("ects", "15")}
          errors={errors("ects")}
        />
        <SelectField
          label="EQF level"
          name="eqfLevel"
          required
          defaultValue={value("eqfLevel", "7")}
          errors={errors("eqfLevel")}
          options={[1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ value: String(n), label: `EQF ${n}` }))}
        />
        <SelectField
          label="Delivery mode"
          name="deliveryMode"
          required
          defaultValue={value("deliveryMode", "BLENDED")}
          errors={errors("deliveryMode")}
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
      <SubmitButton pendingLabel="Creating…">Create programme</SubmitButton>
    </form>
  );
}
