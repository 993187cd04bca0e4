"use client";
import { useTranslations } from "next-intl";
import { createIdentityProviderAction, updateIdentityProviderAction } from "@/lib/sso/actions";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

type Provider = {
  id: string;
  displayName: string;
  slug: string;
  issuer: string;
  clientId: string;
  domains: string[];
  institutionIds: string[];
  allowJustInTime: boolean;
  newAccountInstitutionId: string | null;
  secretUnreadable: boolean;
};

type Institution = { id: string; name: string };

/** Admin → Sign-in: add or change an identity provider. The secret is write-only: blank on edit keeps it. */
export function IdentityProviderForm({ provider, institutions }: { provider?: Provider; institutions: readonly Institution[] }) {
  const t = useTranslations("adminClient");
  const { state, formProps, errors, value, values, checked } = useFormAction(
    provider ? updateIdentityProviderAction : createIdentityProviderAction,
  );
  const served = values("institutionIds", provider?.institutionIds);
  const institutionErrors = errors("institutionIds");
  return (
    <form {...formProps} className="max-w-2xl space-y-4 rounded-lg border border-slate-300 bg-white p-6 shadow-sm" noValidate>
      <FormMessage state={state} />
      {provider && <input type="hidden" name="providerId" value={provider.id} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("providerForm.displayName")}
          name="displayName"
          required
          defaultValue={value("displayName", provider?.displayName)}
          errors={errors("displayName")}
          hint={t("providerForm.displayNameHint")}
          autoComplete="off"
        />
        <TextField
          label={t("providerForm.slug")}
          name="slug"
          required
          defaultValue={value("slug", provider?.slug)}
          errors={errors("slug")}
          hint={t("providerForm.slugHint")}
          autoComplete="off"
        />
      </div>
      <TextField
        label={t("providerForm.issuer")}
        name="issuer"
        type="url"
        required
        defaultValue={value("issuer", provider?.issuer)}
        errors={errors("issuer")}
        hint={t("providerForm.issuerHint")}
        autoComplete="off"
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("providerForm.clientId")}
          name="clientId"
          required
          defaultValue={value("clientId", provider?.clientId)}
          errors={errors("clientId")}
          autoComplete="off"
        />
        <TextField
          label={t("providerForm.clientSecret")}
          name="clientSecret"
          type="password"
          required={!provider || provider.secretUnreadable}
          errors={errors("clientSecret")}
          hint={provider ? t("providerForm.clientSecretKeep") : t("providerForm.clientSecretHint")}
          autoComplete="new-password"
        />
      </div>
      <TextAreaField
        label={t("providerForm.domains")}
        name="domains"
        required
        rows={3}
        defaultValue={value("domains", provider?.domains.join("\n"))}
        errors={errors("domains")}
        hint={t("providerForm.domainsHint")}
      />
      <fieldset aria-describedby={institutionErrors ? "institutionIds-error" : "institutionIds-hint"}>
        <legend className="text-sm font-medium text-slate-800">
          {t("providerForm.institutions")}
          <span className="text-red-700" aria-hidden="true">
            {" "}
            *
          </span>
        </legend>
        <div className="mt-1 max-h-64 space-y-1 overflow-y-auto rounded-md border border-slate-300 p-2">
          {institutions.map((institution) => (
            <label key={institution.id} className="flex items-center gap-2 text-sm text-slate-900">
              <input
                type="checkbox"
                name="institutionIds[]"
                value={institution.id}
                defaultChecked={served.includes(institution.id)}
                className="h-4 w-4"
              />
              {institution.name}
            </label>
          ))}
        </div>
        {institutionErrors ? (
          <p id="institutionIds-error" className="mt-1 text-sm text-red-700">
            {institutionErrors.join(" ")}
          </p>
        ) : (
          <p id="institutionIds-hint" className="mt-1 text-xs text-slate-600">
            {t("providerForm.institutionsHint")}
          </p>
        )}
      </fieldset>
      <label className="flex items-start gap-2 text-sm text-slate-900">
        <input
          type="checkbox"
          name="allowJustInTime"
          defaultChecked={checked("allowJustInTime", provider?.allowJustInTime)}
          className="mt-0.5 h-4 w-4"
          aria-describedby="allowJustInTime-hint"
        />
        <span>
          {t("providerForm.allowJustInTime")}
          <span id="allowJustInTime-hint" className="block text-xs text-slate-600">
            {t("providerForm.allowJustInTimeHint")}
          </span>
        </span>
      </label>
      <SelectField
        label={t("providerForm.newAccountInstitution")}
        name="newAccountInstitutionId"
        defaultValue={value("newAccountInstitutionId", provider?.newAccountInstitutionId ?? "")}
        errors={errors("newAccountInstitutionId")}
        hint={t("providerForm.newAccountInstitutionHint")}
        options={[{ value: "", label: t("providerForm.noNewAccounts") }, ...institutions.map((i) => ({ value: i.id, label: i.name }))]}
      />
      <SubmitButton pendingLabel={t("providerForm.checking")}>{provider ? t("providerForm.save") : t("providerForm.create")}</SubmitButton>
    </form>
  );
}
