"use client";
import { useEffect, useRef } from "react";
import { resetUserPasswordAction } from "@/lib/admin/actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/admin/constants";
import { TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { fieldErrors } from "./action-state";
import { useKeptFormAction } from "./use-kept-form-action";

export function ResetPasswordForm({ userId }: { userId: string }) {
  const { state, formProps } = useKeptFormAction(resetUserPasswordAction);
  const form = useRef<HTMLFormElement>(null);
  // Empty the field after a successful reset, so the password does not linger on screen.
  useEffect(() => {
    if (state.status === "success") form.current?.reset();
  }, [state]);
  return (
    <form ref={form} {...formProps} className="max-w-2xl space-y-4 rounded-lg border border-slate-300 bg-white p-6 shadow-sm" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <TextField
        label="New password"
        name="password"
        type="password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        autoComplete="new-password"
        errors={fieldErrors(state, "password")}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. Their other sessions end at once.`}
      />
      <SubmitButton variant="secondary">Reset password</SubmitButton>
    </form>
  );
}
