import { formatDateTime } from "@/lib/domain/dates";
import { getReader } from "@/lib/account/data";
import { getSay, getT } from "@/lib/i18n/server";
import { isRoutingReason, routingMessage } from "@/lib/board/routing";
import { EscalationLevel, IssueCloseReason, IssuePriority, IssueStatus, PlanStepKey, Service } from "@/lib/generated/prisma/enums";

type Event = { id: string; kind: string; changes: unknown; at: Date; actor: { id: string; name: string } };
type Names = { users: Record<string, string>; institutions: Record<string, string> };

/** The fields an edit can change, as the history names them (board `activity.field.*`). */
const FIELDS = new Set([
  "title",
  "description",
  "services",
  "institutionId",
  "priority",
  "dueDate",
  "labels",
  "escalation",
  "engagementId",
  "adviceId",
  "planStep",
] as const);
type Field = typeof FIELDS extends Set<infer F> ? F : never;
const isField = (field: string): field is Field => (FIELDS as Set<string>).has(field);

const text = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : JSON.stringify(v));

type Words = {
  t: Awaited<ReturnType<typeof getT<"board">>>;
  tClient: Awaited<ReturnType<typeof getT<"boardClient">>>;
  tDomain: Awaited<ReturnType<typeof getT<"domain">>>;
  say: Awaited<ReturnType<typeof getSay>>;
};

/** An enum value in the reader's language, or as stored when it is not (or no longer) one Consort knows. */
function known<T extends string>(value: unknown, values: readonly T[], label: (value: T) => string): string {
  return values.includes(value as T) ? label(value as T) : text(value);
}

const SERVICES = Object.values(Service);
const PRIORITIES = Object.values(IssuePriority);
const ESCALATIONS = Object.values(EscalationLevel);
const STATUSES = Object.values(IssueStatus);
const CLOSE_REASONS: readonly string[] = Object.values(IssueCloseReason);
const PLAN_STEPS = Object.values(PlanStepKey);

function show(field: string, value: unknown, names: Names, { t, tClient, tDomain }: Words): string {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return t("activity.none");
  switch (field) {
    case "services":
      return (value as unknown[]).map((s) => known(s, SERVICES, (x) => tDomain(`service.${x}`))).join(", ");
    case "institutionId":
      return names.institutions[value as string] ?? t("activity.anInstitution");
    case "priority":
      return known(value, PRIORITIES, (p) => tClient(`priority.${p}`));
    case "escalation":
      return known(value, ESCALATIONS, (e) => tClient(`escalation.${e}`));
    case "labels":
      return (value as string[]).join(", ");
    case "planStep":
      return known(value, PLAN_STEPS, (s) => tDomain(`planStep.${s}`));
    case "description":
      return t("activity.changed");
    case "engagementId":
    case "adviceId":
      return t("activity.linked");
    default:
      return text(value);
  }
}

function describe(event: Event, names: Names, words: Words): string {
  const { t, tClient, tDomain, say } = words;
  const c = (event.changes ?? {}) as Record<string, unknown>;
  const status = c.status as { from: IssueStatus; to: IssueStatus } | undefined;
  const position = c.position as { from: number; to: number } | undefined;
  const column = (s: IssueStatus) => known(s, STATUSES, (x) => tClient(`status.${x}`));
  switch (event.kind) {
    case "CREATED": {
      const assignee = c.assigneeId ? names.users[c.assigneeId as string] : null;
      const created = !("assigneeId" in c)
        ? t("activity.created")
        : assignee
          ? t("activity.createdAssigned", { name: assignee })
          : t("activity.createdUnassigned");
      // The routing's reason: kept as data (said here in the reader's language), or as English text in older entries.
      const reason = isRoutingReason(c.routing)
        ? say(
            routingMessage(c.routing, {
              institution: () => tClient("routing.thatInstitution"),
              service: (service) => tDomain(`service.${service}`),
            }),
          )
        : typeof c.routing === "string" && c.routing
          ? c.routing
          : null;
      return reason ? t("activity.withRouting", { event: created, reason }) : created;
    }
    case "MOVED": {
      const places = { from: (position?.from ?? 0) + 1, to: (position?.to ?? 0) + 1 };
      if (status && status.from !== status.to) return t("activity.moved", { from: column(status.from), to: column(status.to) });
      return status ? t("activity.reordered", { column: column(status.to), ...places }) : t("activity.reorderedSomewhere", places);
    }
    case "RESOLVED":
      return t("activity.resolved", { note: text(c.resolutionNote ?? "") });
    case "REOPENED":
      return status ? t("activity.reopened", { from: column(status.from), to: column(status.to) }) : t("activity.reopenedToOpen");
    case "CLOSED":
      // Without a reason it was a resolved issue moved on to Closed (its resolution stands).
      return c.closeReason
        ? t("activity.closedAs", {
            reason: CLOSE_REASONS.includes(c.closeReason as string)
              ? tClient(`closeReason.${c.closeReason as IssueCloseReason}`)
              : t("activity.closedFallback"),
            note: text(c.closeNote ?? ""),
          })
        : t("activity.closedAfterResolved");
    case "ASSIGNED": {
      const a = c.assigneeId as { from: string | null; to: string | null } | undefined;
      const name = (id: string | null | undefined) => (id ? (names.users[id] ?? t("activity.someone")) : t("activity.nobody"));
      return t("activity.assigned", { from: name(a?.from), to: name(a?.to) });
    }
    case "EDITED": {
      const before = (c.before ?? {}) as Record<string, unknown>;
      const after = (c.after ?? {}) as Record<string, unknown>;
      const parts = Object.keys(after).map((f) =>
        f === "description"
          ? t("activity.editedDescription")
          : // Only punctuation joins the (translated) parts: "priority: Normal → High".
            `${isField(f) ? t(`activity.field.${f}`) : f}: ${show(f, before[f], names, words)} → ${show(f, after[f], names, words)}`,
      );
      return t("activity.edited", { changes: parts.join("; ") });
    }
    case "COMMENTED":
      return t("activity.commented");
    default:
      return event.kind.toLowerCase();
  }
}

export async function IssueActivity({ events, names }: { events: Event[]; names: Names }) {
  const [reader, t, tClient, tDomain, say] = await Promise.all([getReader(), getT("board"), getT("boardClient"), getT("domain"), getSay()]);
  const words = { t, tClient, tDomain, say };
  return (
    <ol className="space-y-2 border-l-2 border-slate-300 pl-4 text-sm" aria-label={t("activity.label")}>
      {events.map((e) => (
        <li key={e.id}>
          <span className="font-medium text-slate-900">{e.actor.name}</span>{" "}
          <span className="text-slate-800">{describe(e, names, words)}</span>
          <br />
          <time dateTime={e.at.toISOString()} className="text-xs text-slate-700">
            {formatDateTime(e.at, reader)}
          </time>
        </li>
      ))}
    </ol>
  );
}
