import { useTranslations } from "next-intl";
import type { IssueCard } from "@/lib/board/data";
import { MOVE_KEY_SHORTCUTS } from "@/lib/board/moves";
import { DueDate, PriorityBadge } from "./issue-badges";

/** What a card on the board says about its issue; the title links to the issue's page. */
export function IssueCardBody({ programmeId, card, keyShortcuts }: { programmeId: string; card: IssueCard; keyShortcuts: boolean }) {
  const t = useTranslations("boardClient");
  const tDomain = useTranslations("domain");
  return (
    <div className="card-body">
      <p className="card-heading">
        <span className="card-number">{`#${card.number}`}</span>
        <a
          href={`/programmes/${programmeId}/board/${card.number}`}
          className="card-title"
          aria-keyshortcuts={keyShortcuts ? MOVE_KEY_SHORTCUTS : undefined}
        >
          {card.title}
        </a>
      </p>
      <div className="flex flex-wrap gap-1">
        <PriorityBadge priority={card.priority} />
        {card.escalation && (
          <span className="rounded border border-purple-700 bg-purple-50 px-1.5 py-0.5 text-xs text-purple-900">
            {t("card.escalation")}
          </span>
        )}
      </div>
      <p className="card-meta">
        {card.services.map((s) => tDomain(`service.${s}`)).join(", ") + (card.institution ? ` · ${card.institution.shortName}` : "")}
      </p>
      <p className="card-meta">{card.assignee ? t("card.assignedTo", { name: card.assignee.name }) : t("card.unassigned")}</p>
      <p className="card-meta">
        <DueDate dueDate={card.dueDate} status={card.status} />
        {card.commentCount > 0 && <span className="text-slate-700"> · {t("card.comments", { count: card.commentCount })}</span>}
      </p>
      {card.labels.length > 0 && (
        <ul className="flex flex-wrap gap-1" aria-label={t("card.labels")}>
          {card.labels.map((l) => (
            <li key={l} className="card-label">
              {l}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
