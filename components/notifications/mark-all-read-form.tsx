"use client";
import { useTranslations } from "next-intl";
import { markAllNotificationsReadAction } from "@/lib/notifications/inbox/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

/** "Mark all as read": everything that had arrived when the page was shown (`shownAt`), nothing newer. */
export function MarkAllReadForm({ shownAt }: { shownAt: string }) {
  const t = useTranslations("inboxClient");
  const { state, formProps } = useFormAction(markAllNotificationsReadAction);
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="upTo" value={shownAt} />
      <SubmitButton variant="secondary" pendingLabel={t("markAll.pending")}>
        {t("markAll.submit")}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
