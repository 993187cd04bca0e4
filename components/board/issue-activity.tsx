import { CLOSE_REASON_LABELS, ESCALATION_LABELS, PRIORITY_LABELS, STATUS_LABELS } from "@/lib/board/labels";
import { SERVICE_LABELS } from "@/lib/domain/services";
import { formatDateTime } from "@/lib/domain/dates";
import { getReader } from "@/lib/account/data";
import type { EscalationLevel, IssueCloseReason, IssuePriority, IssueStatus, Service } from "@/lib/generated/prisma/enums";

type Event = { id: string; kind: string; changes: unknown; at: Date; actor: { id: string; name: string } };
type Names = { users: Record<string, string>; institutions: Record<string, string> };

const FIELD_LABELS: Record<string, string> = {
  title: "title",
  description: "description",
  services: "services",
  institutionId: "institution",
  priority: "priority",
  dueDate: "due date",
  labels: "labels",
  escalation: "escalation",
  engagementId: "linked engagement",
  adviceId: "linked advice",
};

const text = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : JSON.stringify(v));

function show(field: string, value: unknown, names: Names): string {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return "none";
  switch (field) {
    case "services":
      return (value as Service[]).map((s) => SERVICE_LABELS[s] ?? text(s)).join(", ");
    case "institutionId":
      return names.institutions[value as string] ?? "an institution";
    case "priority":
      return PRIORITY_LABELS[value as IssuePriority] ?? text(value);
    case "escalation":
      return ESCALATION_LABELS[value as EscalationLevel] ?? text(value);
    case "labels":
      return (value as string[]).join(", ");
    case "description":
      return "(changed)";
    case "engagementId":
    case "adviceId":
      return "linked";
    default:
      return text(value);
  }
}

function describe(event: Event, names: Names): string {
  const c = (event.changes ?? {}) as Record<string, unknown>;
  const status = c.status as { from: IssueStatus; to: IssueStatus } | undefined;
  const position = c.position as { from: number; to: number } | undefined;
  switch (event.kind) {
    case "CREATED": {
      const assignee = c.assigneeId ? names.users[c.assigneeId as string] : null;
      const assignment = !("assigneeId" in c) ? "" : assignee ? `, assigned to ${assignee}` : ", unassigned";
      return `created the issue${assignment}${c.routing ? ` (${c.routing as string})` : ""}`;
    }
    case "MOVED":
      return status && status.from !== status.to
        ? `moved it from ${STATUS_LABELS[status.from]} to ${STATUS_LABELS[status.to]}`
        : `reordered it in ${status ? STATUS_LABELS[status.to] : "its column"} (position ${(position?.from ?? 0) + 1} → ${(position?.to ?? 0) + 1})`;
    case "RESOLVED":
      return `resolved it: “${text(c.resolutionNote ?? "")}”`;
    case "REOPENED":
      return `reopened it (${status ? `${STATUS_LABELS[status.from]} → ${STATUS_LABELS[status.to]}` : "back to Open"})`;
    case "CLOSED":
      // Without a reason it was a resolved issue moved on to Closed (its resolution stands).
      return c.closeReason
        ? `closed it as ${CLOSE_REASON_LABELS[c.closeReason as IssueCloseReason] ?? "closed"}: “${text(c.closeNote ?? "")}”`
        : "closed it after it was resolved";
    case "ASSIGNED": {
      const a = c.assigneeId as { from: string | null; to: string | null } | undefined;
      const name = (id: string | null | undefined) => (id ? (names.users[id] ?? "someone") : "nobody");
      return `changed the assignee from ${name(a?.from)} to ${name(a?.to)}`;
    }
    case "EDITED": {
      const before = (c.before ?? {}) as Record<string, unknown>;
      const after = (c.after ?? {}) as Record<string, unknown>;
      const parts = Object.keys(after).map((f) =>
        f === "description"
          ? "edited the description"
          : `${FIELD_LABELS[f] ?? f}: ${show(f, before[f], names)} → ${show(f, after[f], names)}`,
      );
      return `edited the issue (${parts.join("; ")})`;
    }
    case "COMMENTED":
      return "commented";
    default:
      return event.kind.toLowerCase();
  }
}

export async function IssueActivity({ events, names }: { events: Event[]; names: Names }) {
  const reader = await getReader();
  return (
    <ol className="space-y-2 border-l-2 border-slate-300 pl-4 text-sm" aria-label="Activity history">
      {events.map((e) => (
        <li key={e.id}>
          <span className="font-medium text-slate-900">{e.actor.name}</span> <span className="text-slate-800">{describe(e, names)}</span>
          <br />
          <time dateTime={e.at.toISOString()} className="text-xs text-slate-700">
            {formatDateTime(e.at, reader)}
          </time>
        </li>
      ))}
    </ol>
  );
}
