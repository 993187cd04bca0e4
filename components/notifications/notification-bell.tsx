import Link from "next/link";
import { countUnreadNotifications } from "@/lib/notifications/data";
import { getT } from "@/lib/i18n/server";

/** Beyond this the badge says "9+" (the accessible name still has the number). */
const MOST_SHOWN = 9;

/**
 * The bell in the header of every signed-in page: the unread count (one COUNT, memoised per request)
 * on a link to the inbox. Its name carries the number ("Notifications: 3 unread"); the badge is
 * what sighted people see of it.
 */
export async function NotificationBell({ userId }: { userId: string }) {
  const [unread, t] = await Promise.all([countUnreadNotifications(userId), getT("inbox")]);
  return (
    <Link
      href="/notifications"
      className="relative inline-flex items-center rounded-md p-1.5 text-slate-800 hover:bg-slate-100 hover:text-blue-800"
    >
      <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="size-6 fill-none stroke-current" strokeWidth={1.8}>
        <path strokeLinecap="round" strokeLinejoin="round" d="M6 10a6 6 0 1 1 12 0c0 4 1.5 6 2.5 7h-17C4.5 16 6 14 6 10Z" />
        <path strokeLinecap="round" d="M10 20a2.2 2.2 0 0 0 4 0" />
      </svg>
      <span className="sr-only">{t("bell.label", { count: unread })}</span>
      {unread > 0 && (
        <span
          aria-hidden="true"
          className="absolute -top-0.5 -right-1 min-w-5 rounded-full bg-red-700 px-1 text-center text-xs leading-5 font-semibold text-white"
        >
          {unread > MOST_SHOWN ? `${MOST_SHOWN}+` : unread}
        </span>
      )}
    </Link>
  );
}
