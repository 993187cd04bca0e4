"use client";
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
  const { state, formProps, errors, value } = useFormAction(institution ? updateInstitutionAction : createInstitutionAction);
  return (
    <form {...formProps} className="max-w-2xl space-y-4 rounded-lg border border-slate-300 bg-white p-6 shadow-sm" noValidate>
      <FormMessage state={state} />
      {institution && <input type="hidden" name="institutionId" value={institution.id} />}
      <TextField
        label="Name"
        name="name"
        required
        defaultValue={value("name", institution?.name)}
        errors={errors("name")}
        autoComplete="off"
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Short name"
          name="shortName"
          required
          defaultValue={value("shortName", institution?.shortName)}
          errors={errors("shortName")}
          hint="Unique, e.g. UvA. Shown in tables and badges."
          autoComplete="off"
        />
        <TextField
          label="Country"
          name="country"
          required
          defaultValue={value("country", institution?.country)}
          errors={errors("country")}
          autoComplete="off"
        />
        <TextField
          label="City"
          name="city"
          required
          defaultValue={value("city", institution?.city)}
          errors={errors("city")}
          autoComplete="off"
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Erasmus code (optional)"
          name="erasmusCode"
          defaultValue={value("erasmusCode", institution?.erasmusCode ?? "")}
          errors={errors("erasmusCode")}
          hint="Unique, e.g. NL AMSTERD01."
          autoComplete="off"
        />
        <TextField
          label="SCHAC code (optional)"
          name="schacCode"
          defaultValue={value("schacCode", institution?.schacCode ?? "")}
          errors={errors("schacCode")}
          hint="Unique, the institution's domain, e.g. uva.nl."
          autoComplete="off"
        />
      </div>
      <SubmitButton>{institution ? "Save changes" : "Create institution"}</SubmitButton>
    </form>
  );
}
