"use client";
import { useTranslations } from "next-intl";
import { acceptInvitationAction, declineInvitationAction } from "@/lib/accounts/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

/**
 * Accept (and go to the programme) or decline, after confirming (and see it declined on the
 * invitation's page), one invitation: plain form posts without JavaScript. Only refusals are said here.
 */
export function InvitationResponse({ invitationId, programme, inviter }: { invitationId: string; programme: string; inviter: string }) {
  const t = useTranslations("accountsClient");
  const accept = useFormAction(acceptInvitationAction);
  const decline = useFormAction(declineInvitationAction);
  const refusal = accept.state.status === "error" ? accept.state : decline.state;
  return (
    <div className="space-y-3">
      <FormMessage state={refusal} />
      <div className="flex flex-wrap items-center gap-3">
        <form {...accept.formProps}>
          <input type="hidden" name="invitationId" value={invitationId} />
          <SubmitButton pendingLabel={t("response.accepting")}>
            {t.rich("response.accept", { programme, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
          </SubmitButton>
        </form>
        <ConfirmDialog trigger={t("response.decline")} title={t("response.declineTitle", { programme })} variant="secondary">
          <form {...decline.formProps} className="space-y-3">
            <input type="hidden" name="invitationId" value={invitationId} />
            <p className="text-sm text-slate-800">{t("response.declineText", { inviter })}</p>
            <SubmitButton variant="danger" pendingLabel={t("response.declining")}>
              {t("response.declineConfirm")}
            </SubmitButton>
          </form>
        </ConfirmDialog>
      </div>
    </div>
  );
}
