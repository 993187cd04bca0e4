"use client";
import { useTranslations } from "next-intl";
import { sendAccountInvitationAction } from "@/lib/accounts/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

/** Admin → Users → a person without a password: e-mail them a new link to choose one. */
export function AccountInvitationForm({ userId }: { userId: string }) {
  const t = useTranslations("accountsClient");
  const { state, formProps } = useFormAction(sendAccountInvitationAction);
  return (
    <form {...formProps} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="userId" value={userId} />
      <SubmitButton variant="secondary" pendingLabel={t("admin.sending")}>
        {t("admin.send")}
      </SubmitButton>
    </form>
  );
}
