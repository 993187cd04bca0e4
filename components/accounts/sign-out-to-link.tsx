"use client";
import { useTranslations } from "next-intl";
import { signOutToLinkAction } from "@/lib/accounts/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

/** Signs out whoever is signed in here and opens the invitation's link (`link`: its path). */
export function SignOutToLink({ link }: { link: string }) {
  const t = useTranslations("accountsClient");
  const { state, formProps } = useFormAction(signOutToLinkAction);
  return (
    <form {...formProps} className="space-y-2">
      <FormMessage state={state.status === "error" ? state : undefined} />
      <input type="hidden" name="link" value={link} />
      <SubmitButton variant="secondary" size="sm" pendingLabel={t("signOut.pending")}>
        {t("signOut.submit")}
      </SubmitButton>
    </form>
  );
}
