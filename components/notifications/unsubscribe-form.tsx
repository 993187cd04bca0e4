"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { unsubscribeAction } from "@/lib/notifications/inbox/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

/** The unsubscribe page's one button; then what changed, and the way to every other setting. */
export function UnsubscribeForm({ token }: { token: string }) {
  const t = useTranslations("inboxClient");
  const { state, formProps } = useFormAction(unsubscribeAction);
  return (
    <div className="mt-6 space-y-4">
      <FormMessage state={state} />
      {state.status !== "success" && (
        <form {...formProps}>
          <input type="hidden" name="token" value={token} />
          <SubmitButton pendingLabel={t("unsubscribe.pending")}>{t("unsubscribe.submit")}</SubmitButton>
        </form>
      )}
      <p className="text-sm text-slate-800">
        {t("unsubscribe.elsewhere")}{" "}
        <Link href="/account/notifications" className="font-medium text-blue-800 underline">
          {t("unsubscribe.settingsLink")}
        </Link>
      </p>
    </div>
  );
}
