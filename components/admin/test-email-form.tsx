"use client";
import { useTranslations } from "next-intl";
import { sendTestEmailAction } from "@/lib/outbox/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

/** Sends the admin a test e-mail through the configured transport (SMTP or the outbox). */
export function TestEmailForm() {
  const t = useTranslations("adminClient");
  const { state, formProps } = useFormAction(sendTestEmailAction);
  return (
    <form {...formProps} className="flex max-w-md flex-col items-end gap-2">
      <SubmitButton variant="secondary">{t("outbox.sendTest")}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
