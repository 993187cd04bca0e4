import type { EngagementDetail } from "@/lib/engagements/data";
import { STAGE_LABELS } from "@/lib/engagements/transitions";
import { formatDateTime } from "@/lib/domain/dates";
import { getReader } from "@/lib/account/data";

const FIELD_LABELS: Record<string, string> = {
  contactName: "contact person",
  contactRole: "contact's role",
  contactEmail: "contact's e-mail",
  ownerId: "owner",
  dueDate: "due date",
  note: "note",
};

function describe(event: EngagementDetail["events"][number]): string {
  switch (event.kind) {
    case "CREATED":
      return "added this engagement (Not contacted)";
    case "STAGE_CHANGED":
      return `moved it from ${event.fromStage ? STAGE_LABELS[event.fromStage] : "—"} to ${event.toStage ? STAGE_LABELS[event.toStage] : "—"}`;
    case "DETAILS_CHANGED":
      return `changed the ${
        Object.keys(event.changes ?? {})
          .map((k) => FIELD_LABELS[k] ?? k)
          .join(", ") || "details"
      }`;
    case "ARCHIVED":
      return "removed the institution from the programme (read-only since)";
    case "RESTORED":
      return "restored the institution to the programme";
  }
}

/** Who did what when, newest first. */
export async function HistoryTimeline({ events }: { events: EngagementDetail["events"] }) {
  if (events.length === 0) return <p className="text-sm text-slate-700">No history yet.</p>;
  const reader = await getReader();
  return (
    <ol className="space-y-3 border-l-2 border-slate-300 pl-4 text-sm">
      {events.map((e) => (
        <li key={e.id}>
          <p>
            <strong>{e.actorName}</strong> {describe(e)}
          </p>
          <p className="text-xs text-slate-700">
            <time dateTime={e.at.toISOString()}>{formatDateTime(e.at, reader)}</time>
          </p>
          {e.note && <p className="mt-0.5 rounded bg-slate-100 px-2 py-1 text-slate-800">“{e.note}”</p>}
        </li>
      ))}
    </ol>
  );
}
