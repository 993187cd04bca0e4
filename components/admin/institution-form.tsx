"use client";
import { useTranslations } from "next-intl";
import { createInstitutionAction, updateInstitutionAction } from "@/lib/admin/actions";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

type Institution = {
  id: string;
  name: string;
  shortName: string;
  country: string;
  city: string;
  erasmusCode: string | null;
  schacCode: string | null;
};

export function InstitutionForm({ institution }: { institution?: Institution }) {
  const t = useTranslations("adminClient");
  const { state, formProps, errors, value } = useFormAction(institution ? updateInstitutionAction : createInstitutionAction);
  return (
    <form {...formProps} className="max-w-2xl space-y-4 rounded-lg border border-slate-300 bg-white p-6 shadow-sm" noValidate>
      <FormMessage state={state} />
      {institution && <input type="hidden" name="institutionId" value={institution.id} />}
      <TextField
        label={t("institutionForm.name")}
        name="name"
        required
        defaultValue={value("name", institution?.name)}
        errors={errors("name")}
        autoComplete="off"
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("institutionForm.shortName")}
          name="shortName"
          required
          defaultValue={value("shortName", institution?.shortName)}
          errors={errors("shortName")}
          hint={t("institutionForm.shortNameHint")}
          autoComplete="off"
        />
        <TextField
          label={t("institutionForm.country")}
          name="country"
          required
          defaultValue={value("country", institution?.country)}
          errors={errors("country")}
          autoComplete="off"
        />
        <TextField
          label={t("institutionForm.city")}
          name="city"
          required
          defaultValue={value("city", institution?.city)}
          errors={errors("city")}
          autoComplete="off"
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("institutionForm.erasmusCode")}
          name="erasmusCode"
          defaultValue={value("erasmusCode", institution?.erasmusCode ?? "")}
          errors={errors("erasmusCode")}
          hint={t("institutionForm.erasmusCodeHint")}
          autoComplete="off"
        />
        <TextField
          label={t("institutionForm.schacCode")}
          name="schacCode"
          defaultValue={value("schacCode", institution?.schacCode ?? "")}
          errors={errors("schacCode")}
          hint={t("institutionForm.schacCodeHint")}
          autoComplete="off"
        />
      </div>
      <SubmitButton>{institution ? t("institutionForm.save") : t("institutionForm.create")}</SubmitButton>
    </form>
  );
}
