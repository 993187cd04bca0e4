"use client";
import { useTranslations } from "next-intl";
import { createProgrammeAction } from "@/lib/programmes/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { SelectField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { NEW_PROGRAMME_VALUES, ProgrammeFields } from "./programme-fields";

export function CreateProgrammeForm({
  institutions,
  defaultInstitutionId,
}: {
  institutions: { value: string; label: string }[];
  defaultInstitutionId?: string;
}) {
  const t = useTranslations("programmesClient");
  const { state, formProps, errors, value } = useFormAction(createProgrammeAction);
  return (
    <form {...formProps} className="max-w-2xl space-y-4 rounded-lg border border-slate-300 bg-white p-5">
      <ProgrammeFields shown={(field) => value(field, NEW_PROGRAMME_VALUES[field])} errors={errors} />
      <SelectField
        label={t("create.leadInstitution")}
        name="leadInstitutionId"
        required
        errors={errors("leadInstitutionId")}
        defaultValue={value("leadInstitutionId", defaultInstitutionId)}
        options={institutions}
        hint={t("create.leadHint")}
      />
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("create.pending")}>{t("create.submit")}</SubmitButton>
    </form>
  );
}
