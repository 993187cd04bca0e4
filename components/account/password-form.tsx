"use client";
import { useTranslations } from "next-intl";
import { changePasswordAction } from "@/lib/auth/actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/admin/constants";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

/** "Your account" → Password: change your own password; your other browsers are signed out. */
export function PasswordSection({ email }: { email: string }) {
  const t = useTranslations("commonClient");
  // After a change the form empties, so no password lingers on screen.
  const { state, formProps, errors } = useFormAction(changePasswordAction);
  return (
    <section aria-labelledby="password-heading" className="max-w-2xl">
      <h2 id="password-heading" className="text-lg font-semibold text-slate-900">
        {t("passwordForm.heading")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("passwordForm.intro")}</p>
      <form {...formProps} noValidate className="mt-4 space-y-4 rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
        <FormMessage state={state} />
        {/* Tells password managers whose password this is; not sent. */}
        <input type="email" autoComplete="username" value={email} readOnly hidden />
        <TextField
          label={t("passwordForm.current")}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          errors={errors("currentPassword")}
        />
        <TextField
          label={t("passwordForm.new")}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          hint={t("passwordForm.newHint", { min: MIN_PASSWORD_LENGTH })}
          errors={errors("newPassword")}
        />
        <TextField
          label={t("passwordForm.again")}
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          required
          errors={errors("confirmPassword")}
        />
        <SubmitButton pendingLabel={t("passwordForm.pending")}>{t("passwordForm.submit")}</SubmitButton>
      </form>
    </section>
  );
}
