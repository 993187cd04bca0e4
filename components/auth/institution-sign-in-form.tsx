"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signInWithInstitution, type InstitutionSignInState } from "@/lib/sso/actions";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

type Choice = { providerSlug: string; institutionName: string };

/** "Sign in with your institution": by university e-mail address, or by picking the institution. */
export function InstitutionSignInForm({ next, choices }: { next: string; choices: readonly Choice[] }) {
  const t = useTranslations("commonClient");
  const [state, action] = useActionState(signInWithInstitution, {} as InstitutionSignInState);
  return (
    <form action={action} className="mt-6 space-y-4 rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
      {state.error && (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900">
          {state.error}
        </p>
      )}
      <input type="hidden" name="next" value={next} />
      <TextField
        label={t("institutionSignIn.email")}
        name="email"
        type="email"
        autoComplete="username"
        defaultValue={state.email}
        hint={t("institutionSignIn.emailHint")}
      />
      {choices.length > 0 && (
        <SelectField
          label={t("institutionSignIn.institution")}
          name="provider"
          defaultValue=""
          options={[
            { value: "", label: t("institutionSignIn.byEmail") },
            ...choices.map((c) => ({ value: c.providerSlug, label: c.institutionName })),
          ]}
        />
      )}
      <SubmitButton pendingLabel={t("institutionSignIn.pending")}>{t("institutionSignIn.submit")}</SubmitButton>
    </form>
  );
}
