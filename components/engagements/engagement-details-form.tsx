"use client";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("engagementsClient");
  const { state, formProps, errors, value } = useFormAction(updateEngagementDetails);
  const shown = (field: keyof EngagementDetailsValues) => value(field, values[field]);
  return (
    <form {...formProps} className="space-y-3" aria-label={t("details.formLabel")}>
      <input type="hidden" name="engagementId" value={engagementId} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={t("details.contactPerson")}
          name="contactName"
          defaultValue={shown("contactName")}
          errors={errors("contactName")}
          maxLength={120}
          autoComplete="off"
        />
        <TextField
          label={t("details.theirRole")}
          name="contactRole"
          defaultValue={shown("contactRole")}
          errors={errors("contactRole")}
          maxLength={120}
          autoComplete="off"
        />
        <TextField
          label={t("details.theirEmail")}
          name="contactEmail"
          type="email"
          defaultValue={shown("contactEmail")}
          errors={errors("contactEmail")}
          autoComplete="off"
        />
        <SelectField
          label={t("details.owner")}
          name="ownerId"
          defaultValue={shown("ownerId")}
          errors={errors("ownerId")}
          options={[{ value: "", label: t("details.nobodyYet") }, ...ownerOptions.map((o) => ({ value: o.id, label: o.label }))]}
        />
        <TextField label={t("details.dueDate")} name="dueDate" type="date" defaultValue={shown("dueDate")} errors={errors("dueDate")} />
      </div>
      <TextAreaField
        label={t("details.shortNote")}
        name="note"
        defaultValue={shown("note")}
        errors={errors("note")}
        maxLength={1000}
        rows={2}
      />
      <FormMessage state={state} />
      <SubmitButton>{t("details.save")}</SubmitButton>
    </form>
  );
}
