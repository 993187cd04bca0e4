"use client";
import { createContext, useContext, useEffect, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { resendInvitationAction, revokeInvitationAction } from "@/lib/accounts/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

type FormProps = ReturnType<typeof useFormAction>["formProps"];

/** The one withdrawal form state of the list: a withdrawn invitation leaves the list, its outcome stays above it. */
const Withdrawal = createContext<FormProps | null>(null);

/**
 * People page: the pending invitations' follow-up forms share one withdrawal state, said above the
 * list (the withdrawn card itself disappears), with the focus moved there. Plain form posts without script.
 */
export function InvitationFollowUps({ children }: { children: ReactNode }) {
  const revoke = useFormAction(revokeInvitationAction);
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (revoke.state.status !== "idle") outcome.current?.focus();
  }, [revoke.state]);
  return (
    <Withdrawal.Provider value={revoke.formProps}>
      <div ref={outcome} tabIndex={-1} className="mb-3 outline-none">
        <FormMessage state={revoke.state} />
      </div>
      {children}
    </Withdrawal.Provider>
  );
}

/** One pending invitation: send it again (a new link, the old one stops working) or withdraw it after confirming. */
export function InvitationFollowUp({ invitationId, name }: { invitationId: string; name: string }) {
  const t = useTranslations("accountsClient");
  const resend = useFormAction(resendInvitationAction);
  const revokeFormProps = useContext(Withdrawal);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-3">
        <form {...resend.formProps}>
          <input type="hidden" name="invitationId" value={invitationId} />
          <SubmitButton variant="secondary" size="sm" pendingLabel={t("followUp.resending")}>
            {t.rich("followUp.resend", { name, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
          </SubmitButton>
        </form>
        {revokeFormProps && (
          <ConfirmDialog trigger={t("followUp.revoke", { name })} title={t("followUp.revokeTitle", { name })}>
            <form {...revokeFormProps} className="space-y-3">
              <input type="hidden" name="invitationId" value={invitationId} />
              <p className="text-sm text-slate-800">{t("followUp.revokeText", { name })}</p>
              <SubmitButton variant="danger" size="sm" pendingLabel={t("followUp.revoking")}>
                {t("followUp.revokeConfirm")}
              </SubmitButton>
            </form>
          </ConfirmDialog>
        )}
      </div>
      <FormMessage state={resend.state} />
    </div>
  );
}
