"use client";
import { useTranslations } from "next-intl";
import { markAdviceReceivedAction } from "@/lib/engagements/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

/** After advice is logged on an engagement that is not yet at "Advice received": offer the move. */
export function AdviceReceivedOffer({
  engagementId,
  stageLabel,
  first,
  offered,
}: {
  engagementId: string;
  stageLabel: string;
  first: boolean;
  offered: boolean;
}) {
  const t = useTranslations("adviceClient");
  const { state, formProps } = useFormAction(markAdviceReceivedAction);
  // Rendered even when no longer offered, so the outcome stays announced after the page refreshes.
  if (state.status === "success") return <FormMessage state={state} />;
  if (!offered) return null;
  return (
    <section aria-labelledby="advice-received-offer" className="rounded-lg border border-blue-800 bg-blue-50 p-4">
      <h2 id="advice-received-offer" className="font-semibold text-slate-900">
        {first ? t("receivedOffer.titleFirst") : t("receivedOffer.title")}
      </h2>
      <p className="mt-1 text-sm text-slate-800">{t("receivedOffer.body", { stage: stageLabel })}</p>
      <form {...formProps} className="mt-3">
        <input type="hidden" name="engagementId" value={engagementId} />
        <SubmitButton pendingLabel={t("receivedOffer.moving")}>{t("receivedOffer.move")}</SubmitButton>
      </form>
      <div className="mt-2">
        <FormMessage state={state} />
      </div>
    </section>
  );
}
