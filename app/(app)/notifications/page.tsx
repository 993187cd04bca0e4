import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getReader } from "@/lib/account/data";
import { countUnreadNotifications, listInbox } from "@/lib/notifications/data";
import { inboxHref, readInboxQuery, type InboxFilter } from "@/lib/notifications/inbox/schema";
import { formatDateTime } from "@/lib/domain/dates";
import type { SearchParams } from "@/lib/domain/search-params";
import { getSay, getT } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { NotificationItem, type ShownNotification } from "@/components/notifications/notification-item";
import { MarkAllReadForm } from "@/components/notifications/mark-all-read-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("inbox");
  return { title: t("page.title") };
}

/**
 * The inbox: the person's notifications, newest first, a page at a time; All or Unread. Three
 * statements whatever its size: the session, the unread count (shared with the bell), the page.
 */
export default async function NotificationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const query = readInboxQuery(await searchParams);
  const [unread, page, reader, t, say] = await Promise.all([
    countUnreadNotifications(user.id),
    listInbox(user.id, query),
    getReader(),
    getT("inbox"),
    getSay(),
  ]);
  const shown: ShownNotification[] = page.items.map((item) => ({
    id: item.id,
    text: item.message ? say(item.message) : t("page.unreadable"),
    kind: t(`kinds.${item.kind}.label`),
    programme: item.programme?.title ?? null,
    when: formatDateTime(item.createdAt, reader),
    at: item.createdAt.toISOString(),
    unread: item.unread,
  }));
  const firstPage = !query.before && !query.after;
  const filters: { filter: InboxFilter; label: string }[] = [
    { filter: "all", label: t("page.filterAll") },
    { filter: "unread", label: t("page.filterUnread", { count: unread }) },
  ];
  return (
    <>
      <PageHeader
        title={t("page.title")}
        description={t("page.unreadCount", { count: unread })}
        actions={
          <Link href="/account/notifications" className="text-sm font-medium text-blue-800 underline">
            {t("page.settingsLink")}
          </Link>
        }
      />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <nav aria-label={t("page.filterLabel")}>
          <ul className="flex flex-wrap gap-2">
            {filters.map(({ filter, label }) => (
              <li key={filter}>
                <Link
                  href={inboxHref(filter)}
                  aria-current={query.filter === filter ? "page" : undefined}
                  className="inline-block rounded-full border border-slate-400 px-3 py-1 text-sm font-medium text-slate-900 hover:bg-slate-100 aria-[current=page]:border-blue-800 aria-[current=page]:bg-blue-800 aria-[current=page]:text-white"
                >
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {/* Kept on the Unread view once all is read, so its answer stays on screen. */}
        {(unread > 0 || shown.length > 0 || query.filter === "unread") && <MarkAllReadForm shownAt={new Date().toISOString()} />}
      </div>
      {shown.length === 0 ? (
        firstPage && query.filter === "unread" ? (
          <EmptyState title={t("page.noUnread")}>
            <Link href={inboxHref("all")} className="text-blue-800 underline">
              {t("page.showAll")}
            </Link>
          </EmptyState>
        ) : firstPage ? (
          <EmptyState title={t("page.empty")}>
            <p>{t("page.emptyHint")}</p>
            <p className="mt-2">
              <Link href="/account/notifications" className="text-blue-800 underline">
                {t("page.emptySettings")}
              </Link>
            </p>
          </EmptyState>
        ) : (
          <EmptyState title={t("page.noMore")}>
            <Link href={inboxHref(query.filter)} className="text-blue-800 underline">
              {t("page.newest")}
            </Link>
          </EmptyState>
        )
      ) : (
        <ol className="space-y-2" aria-label={t("page.listLabel")}>
          {shown.map((item) => (
            <NotificationItem key={item.id} item={item} />
          ))}
        </ol>
      )}
      {(page.newer || page.older) && (
        <nav aria-label={t("page.pagesLabel")} className="mt-4 flex flex-wrap justify-between gap-3 text-sm">
          {page.newer ? (
            <Link href={inboxHref(query.filter, { after: page.newer })} className="font-medium text-blue-800 underline">
              {t("page.newer")}
            </Link>
          ) : (
            <span />
          )}
          {page.older && (
            <Link href={inboxHref(query.filter, { before: page.older })} className="font-medium text-blue-800 underline">
              {t("page.older")}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
