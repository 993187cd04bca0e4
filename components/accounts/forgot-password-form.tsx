"use client";
import { useTranslations } from "next-intl";
import { requestPasswordResetAction } from "@/lib/accounts/actions";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

/** "Forgot password?": the address to send a link to. The answer is the same for every address. */
export function ForgotPasswordForm() {
  const t = useTranslations("accountsClient");
  const { state, formProps, errors, value } = useFormAction(requestPasswordResetAction);
  return (
    <form {...formProps} noValidate className="mt-6 space-y-4 rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
      <FormMessage state={state} />
      <TextField
        label={t("forgot.email")}
        name="email"
        type="email"
        autoComplete="username"
        required
        defaultValue={value("email")}
        errors={errors("email")}
      />
      <SubmitButton pendingLabel={t("forgot.pending")}>{t("forgot.submit")}</SubmitButton>
    </form>
  );
}
