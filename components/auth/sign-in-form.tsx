"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signInWithPassword, type SignInState } from "@/lib/auth/actions";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations("commonClient");
  const [state, action] = useActionState(signInWithPassword, {} as SignInState);
  return (
    <form action={action} className="mt-6 space-y-4 rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
      {state.error && (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900">
          {state.error}
        </p>
      )}
      <input type="hidden" name="next" value={next} />
      <TextField label={t("signInForm.email")} name="email" type="email" autoComplete="username" required defaultValue={state.email} />
      <TextField label={t("signInForm.password")} name="password" type="password" autoComplete="current-password" required />
      <SubmitButton pendingLabel={t("signInForm.pending")}>{t("signInForm.submit")}</SubmitButton>
    </form>
  );
}
