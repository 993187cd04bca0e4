"use client";
import { deactivateUserAction, reactivateUserAction } from "@/lib/admin/actions";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { formatDateTime, type Reader } from "@/lib/domain/dates";
import { useFormAction } from "@/components/ui/use-form-action";

type Status = {
  userId: string;
  name: string;
  isSelf: boolean;
  deactivatedAt: string | null;
  /** The admin reading the page (time zone for the deactivation time). */
  reader: Reader;
  deactivation: { by: string | null; reason: string | null } | null;
};

/** Deactivate (after confirming, with a reason) or reactivate an account. */
export function UserStatusPanel({ userId, name, isSelf, deactivatedAt, reader, deactivation }: Status) {
  const deactivate = useFormAction(deactivateUserAction);
  const reactivate = useFormAction(reactivateUserAction);
  if (deactivatedAt) {
    return (
      <div className="max-w-2xl space-y-3 rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
        <FormMessage
          state={
            reactivate.state.status === "error" ? reactivate.state : deactivate.state.status === "success" ? deactivate.state : undefined
          }
        />
        <p className="text-sm text-slate-800">
          <span className="font-semibold">Deactivated</span> on {formatDateTime(new Date(deactivatedAt), reader)}
          {deactivation?.by ? ` by ${deactivation.by}` : ""}. {name} cannot sign in.
        </p>
        {deactivation?.reason && (
          <p className="text-sm text-slate-800">
            <span className="font-medium">Reason:</span> {deactivation.reason}
          </p>
        )}
        <form {...reactivate.formProps}>
          <input type="hidden" name="userId" value={userId} />
          <SubmitButton variant="secondary" pendingLabel="Reactivating…">
            Reactivate account
          </SubmitButton>
        </form>
      </div>
    );
  }
  return (
    <div className="max-w-2xl space-y-3 rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
      <FormMessage state={reactivate.state.status === "success" ? reactivate.state : undefined} />
      <p className="text-sm text-slate-800">
        <span className="font-semibold">Active.</span>{" "}
        {isSelf
          ? "This is your own account: another platform admin must deactivate it."
          : `Deactivating ends ${name}'s sessions at once and stops them signing in. Their memberships and history stay.`}
      </p>
      {!isSelf && (
        <ConfirmDialog trigger="Deactivate account" title={`Deactivate ${name}?`}>
          <form {...deactivate.formProps} className="space-y-3" noValidate>
            <FormMessage state={deactivate.state} />
            <p className="text-sm text-slate-800">
              {name} will be signed out everywhere and cannot sign in until an admin reactivates the account.
            </p>
            <input type="hidden" name="userId" value={userId} />
            <TextAreaField
              label="Reason"
              name="reason"
              required
              rows={3}
              defaultValue={deactivate.value("reason")}
              errors={deactivate.errors("reason")}
              hint="Kept in the audit trail, e.g. “Left the university in May 2027”."
            />
            <SubmitButton variant="danger" pendingLabel="Deactivating…">
              Deactivate
            </SubmitButton>
          </form>
        </ConfirmDialog>
      )}
    </div>
  );
}
