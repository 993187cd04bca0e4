"use client";
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { markNotificationReadAction, openNotificationAction } from "@/lib/notifications/inbox/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";

/** One notification as the inbox shows it, already said in the reader's language. */
export type ShownNotification = {
  id: string;
  text: string;
  kind: string;
  programme: string | null;
  /** When, in the reader's zone and language, and as an ISO moment for <time>. */
  when: string;
  at: string;
  unread: boolean;
};

/**
 * A notification: its text opens it (a form post that marks it read and goes to its item, with or
 * without JavaScript); an unread one says so in words as well as in colour, and can be marked read
 * where it is. After that, focus stays on the notification instead of falling to the page.
 */
export function NotificationItem({ item }: { item: ShownNotification }) {
  const t = useTranslations("inboxClient");
  const open = useFormAction(openNotificationAction);
  const markRead = useFormAction(markNotificationReadAction);
  const openButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (markRead.state.status === "success") openButton.current?.focus();
  }, [markRead.state]);
  const textId = `notification-${item.id}`;
  return (
    <li className={`rounded-lg border p-3 ${item.unread ? "border-l-4 border-blue-700 bg-blue-50" : "border-slate-300 bg-white"}`}>
      <form {...open.formProps}>
        <input type="hidden" name="notificationId" value={item.id} />
        <button
          ref={openButton}
          type="submit"
          id={textId}
          disabled={open.pending}
          className={`text-left text-sm break-words text-blue-900 underline-offset-2 hover:underline ${item.unread ? "font-semibold" : ""}`}
        >
          {item.unread && (
            <>
              <span className="mr-1 inline-block rounded-full bg-blue-800 px-2 py-0.5 align-middle text-xs font-semibold text-white no-underline">
                {t("item.unread")}
              </span>{" "}
            </>
          )}
          {item.text}
        </button>
      </form>
      <div className="mt-1 flex flex-wrap items-center justify-between gap-2">
        <p className="text-xs text-slate-700">
          {item.kind}
          {item.programme && <> · {item.programme}</>} · <time dateTime={item.at}>{item.when}</time>
        </p>
        {item.unread && (
          <form {...markRead.formProps}>
            <input type="hidden" name="notificationId" value={item.id} />
            {/* Described by the notification's text: a list of "Mark as read" buttons must say which is which. */}
            <Button type="submit" size="sm" variant="secondary" disabled={markRead.pending} aria-describedby={textId}>
              {markRead.pending ? t("item.marking") : t("item.markRead")}
            </Button>
          </form>
        )}
      </div>
      <FormMessage state={open.state.status === "error" ? open.state : markRead.state} />
    </li>
  );
}
