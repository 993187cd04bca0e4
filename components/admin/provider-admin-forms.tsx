"use client";
import { useTranslations } from "next-intl";
import { deleteIdentityProviderAction, setInstitutionRequiresSsoAction } from "@/lib/sso/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

/** Remove a provider, after a confirmation that says what happens to the people it signed in. */
export function DeleteProviderForm({ providerId, displayName }: { providerId: string; displayName: string }) {
  const t = useTranslations("adminClient");
  const { state, formProps } = useFormAction(deleteIdentityProviderAction);
  return (
    <ConfirmDialog trigger={t("providerDelete.trigger")} title={t("providerDelete.title", { name: displayName })}>
      <form {...formProps} className="space-y-3" noValidate>
        <FormMessage state={state} />
        <p className="text-sm text-slate-800">{t("providerDelete.text", { name: displayName })}</p>
        <input type="hidden" name="providerId" value={providerId} />
        <SubmitButton variant="danger" pendingLabel={t("providerDelete.pending")}>
          {t("providerDelete.confirm")}
        </SubmitButton>
      </form>
    </ConfirmDialog>
  );
}

/** One institution's "sign in only through its provider" switch, as a form with one button. */
export function RequireSsoForm({ institutionId, name, requireSso }: { institutionId: string; name: string; requireSso: boolean }) {
  const t = useTranslations("adminClient");
  const { state, formProps } = useFormAction(setInstitutionRequiresSsoAction);
  return (
    <form {...formProps} className="space-y-2" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="institutionId" value={institutionId} />
      {!requireSso && <input type="hidden" name="requireSso" value="on" />}
      <SubmitButton variant="secondary" size="sm" pendingLabel={t("requireSso.pending")}>
        {requireSso ? t("requireSso.allowPasswords") : t("requireSso.require")}
        <span className="sr-only"> ({name})</span>
      </SubmitButton>
    </form>
  );
}
