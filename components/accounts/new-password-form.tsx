"use client";
import { useTranslations } from "next-intl";
import { acceptWelcomeAction, resetPasswordAction } from "@/lib/accounts/actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/admin/constants";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

const ACTIONS = { reset: resetPasswordAction, welcome: acceptWelcomeAction } as const;

/**
 * A password chosen through an e-mailed link: a reset, or the first one of an invited person (who
 * joins their programmes with it). The token travels with the form; success signs the person in.
 */
export function NewPasswordForm({
  purpose,
  token,
  email,
  joins = false,
}: {
  purpose: keyof typeof ACTIONS;
  token: string;
  email: string;
  joins?: boolean;
}) {
  const t = useTranslations("accountsClient");
  const { state, formProps, errors } = useFormAction(ACTIONS[purpose]);
  const submit = purpose === "reset" ? t("newPassword.submitReset") : joins ? t("newPassword.submitJoin") : t("newPassword.submitSet");
  return (
    <form {...formProps} noValidate className="mt-6 space-y-4 rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      {/* Tells password managers whose password this is; not sent. */}
      <input type="email" autoComplete="username" value={email} readOnly hidden />
      <TextField
        label={t("newPassword.new")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={t("newPassword.hint", { min: MIN_PASSWORD_LENGTH })}
        errors={errors("newPassword")}
      />
      <TextField
        label={t("newPassword.again")}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        errors={errors("confirmPassword")}
      />
      <SubmitButton pendingLabel={t("newPassword.pending")}>{submit}</SubmitButton>
    </form>
  );
}
