"use client";
import { useTranslations } from "next-intl";
import { watchEngagementAction, watchIssueAction } from "@/lib/notifications/inbox/actions";
import { FormMessage } from "@/components/ui/form-message";
import { buttonClasses } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";
import type { WatchState } from "@/lib/notifications/data";

type Target = { issueId: string } | { engagementId: string };

/**
 * The Watch toggle on an issue or an engagement: a pressed/not pressed button (its name stays
 * "Watch"; the state is aria-pressed and, in words, the line under it). It sends the state it asks
 * for, so it works as a plain form post without JavaScript, and a second click cannot undo the first.
 */
export function WatchToggle({ target, state }: { target: Target; state: WatchState }) {
  const t = useTranslations("inboxClient");
  const isIssue = "issueId" in target;
  const form = useFormAction(isIssue ? watchIssueAction : watchEngagementAction);
  const { watching, watchers } = state;
  const hintId = isIssue ? `watch-issue-hint` : `watch-engagement-hint`;
  return (
    <form {...form.formProps} className="space-y-2">
      {isIssue ? (
        <input type="hidden" name="issueId" value={target.issueId} />
      ) : (
        <input type="hidden" name="engagementId" value={target.engagementId} />
      )}
      <input type="hidden" name="watching" value={String(!watching)} />
      <button
        type="submit"
        aria-pressed={watching}
        aria-describedby={hintId}
        disabled={form.pending}
        className={`${buttonClasses(watching ? "primary" : "secondary", "sm")} min-w-24`}
      >
        <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="size-4 fill-none stroke-current" strokeWidth={2}>
          <path strokeLinejoin="round" d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12Z" />
          <circle cx="12" cy="12" r="3" className={watching ? "fill-current" : ""} />
        </svg>
        {t("watch.button")}
      </button>
      <p id={hintId} className="text-xs text-slate-700">
        {watching
          ? isIssue
            ? t("watch.watchingIssue")
            : t("watch.watchingEngagement")
          : isIssue
            ? t("watch.notWatchingIssue")
            : t("watch.notWatchingEngagement")}{" "}
        {t("watch.watchers", { count: watchers })}
      </p>
      <FormMessage state={form.state} />
    </form>
  );
}
