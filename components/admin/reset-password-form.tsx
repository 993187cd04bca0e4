"use client";
import { useTranslations } from "next-intl";
import { resetUserPasswordAction } from "@/lib/admin/actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/admin/constants";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

export function ResetPasswordForm({ userId }: { userId: string }) {
  // After a successful reset the form empties, so the password does not linger on screen.
  const t = useTranslations("adminClient");
  const { state, formProps, errors } = useFormAction(resetUserPasswordAction);
  return (
    <form {...formProps} className="max-w-2xl space-y-4 rounded-lg border border-slate-300 bg-white p-6 shadow-sm" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <TextField
        label={t("resetPassword.newPassword")}
        name="password"
        type="password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        autoComplete="new-password"
        errors={errors("password")}
        hint={t("resetPassword.hint", { min: MIN_PASSWORD_LENGTH })}
      />
      <SubmitButton variant="secondary">{t("resetPassword.submit")}</SubmitButton>
    </form>
  );
}
