"use client";
import { resetUserPasswordAction } from "@/lib/admin/actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/admin/constants";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

export function ResetPasswordForm({ userId }: { userId: string }) {
  // After a successful reset the form empties, so the password does not linger on screen.
  const { state, formProps, errors } = useFormAction(resetUserPasswordAction);
  return (
    <form {...formProps} className="max-w-2xl space-y-4 rounded-lg border border-slate-300 bg-white p-6 shadow-sm" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <TextField
        label="New password"
        name="password"
        type="password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        autoComplete="new-password"
        errors={errors("password")}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. Their other sessions end at once.`}
      />
      <SubmitButton variant="secondary">Reset password</SubmitButton>
    </form>
  );
}
