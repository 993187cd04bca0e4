"use client";
import { updateEngagementDetails } from "@/lib/engagements/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";

type EngagementDetailsValues = {
  contactName: string;
  contactRole: string;
  contactEmail: string;
  ownerId: string;
  dueDate: string;
  note: string;
};

/** Contact person, owner, due date and note. Saves only if nobody changed the engagement meanwhile. */
export function EngagementDetailsForm({
  engagementId,
  version,
  values,
  ownerOptions,
}: {
  engagementId: string;
  version: number;
  values: EngagementDetailsValues;
  ownerOptions: { id: string; label: string }[];
}) {
  const { state, formProps, errors, value } = useFormAction(updateEngagementDetails);
  const shown = (field: keyof EngagementDetailsValues) => value(field, values[field]);
  return (
    <form {...formProps} className="space-y-3" aria-label="Engagement details">
      <input type="hidden" name="engagementId" value={engagementId} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Contact person"
          name="contactName"
          defaultValue={shown("contactName")}
          errors={errors("contactName")}
          maxLength={120}
          autoComplete="off"
        />
        <TextField
          label="Their role"
          name="contactRole"
          defaultValue={shown("contactRole")}
          errors={errors("contactRole")}
          maxLength={120}
          autoComplete="off"
        />
        <TextField
          label="Their e-mail"
          name="contactEmail"
          type="email"
          defaultValue={shown("contactEmail")}
          errors={errors("contactEmail")}
          autoComplete="off"
        />
        <SelectField
          label="Owner (a programme member)"
          name="ownerId"
          defaultValue={shown("ownerId")}
          errors={errors("ownerId")}
          options={[{ value: "", label: "Nobody yet" }, ...ownerOptions.map((o) => ({ value: o.id, label: o.label }))]}
        />
        <TextField label="Due date" name="dueDate" type="date" defaultValue={shown("dueDate")} errors={errors("dueDate")} />
      </div>
      <TextAreaField label="Short note" name="note" defaultValue={shown("note")} errors={errors("note")} maxLength={1000} rows={2} />
      <FormMessage state={state} />
      <SubmitButton>Save details</SubmitButton>
    </form>
  );
}
