import type { ReactNode } from "react";
import type { EngagementDetail } from "@/lib/engagements/data";
import { formatDateTime } from "@/lib/domain/dates";
import { getReader } from "@/lib/account/data";
import { getSay, getT } from "@/lib/i18n/server";
import { readStoredMessage } from "@/lib/i18n/message";
import { formatList } from "@/lib/domain/lists";

const FIELDS = ["contactName", "contactRole", "contactEmail", "ownerId", "dueDate", "note"] as const;
type Field = (typeof FIELDS)[number];
const isField = (key: string): key is Field => (FIELDS as readonly string[]).includes(key);

type Event = EngagementDetail["events"][number];
type Translators = { t: Awaited<ReturnType<typeof getT<"engagements">>>; tDomain: Awaited<ReturnType<typeof getT<"domain">>> };

/** "<strong>Lea Leader</strong> moved it from Contacted to In consultation", in the reader's language. */
function describe(event: Event, { t, tDomain }: Translators, locale: string | undefined): ReactNode {
  const values = { actor: event.actorName, strong: (chunks: ReactNode) => <strong>{chunks}</strong> };
  const stage = (s: Event["fromStage"]) => (s ? tDomain(`stage.${s}`) : "—");
  switch (event.kind) {
    case "CREATED":
      return t.rich("history.created", { ...values, stage: tDomain("stage.NOT_CONTACTED") });
    case "STAGE_CHANGED":
      return t.rich("history.moved", { ...values, from: stage(event.fromStage), to: stage(event.toStage) });
    case "DETAILS_CHANGED": {
      const fields = Object.keys(event.changes ?? {}).map((k) => (isField(k) ? t(`history.field.${k}`) : k));
      return fields.length > 0
        ? t.rich("history.changed", { ...values, fields: formatList(fields, locale, "unit") })
        : t.rich("history.changedDetails", values);
    }
    case "ARCHIVED":
      return t.rich("history.archived", values);
    case "RESTORED":
      return t.rich("history.restored", values);
  }
}

/** Who did what when, newest first. */
export async function HistoryTimeline({ events }: { events: EngagementDetail["events"] }) {
  const [t, tDomain, reader, say] = await Promise.all([getT("engagements"), getT("domain"), getReader(), getSay()]);
  const noteOf = (note: string) => {
    const stored = readStoredMessage(note);
    return stored ? say(stored) : note;
  };
  if (events.length === 0) return <p className="text-sm text-slate-700">{t("history.empty")}</p>;
  return (
    <ol className="space-y-3 border-l-2 border-slate-300 pl-4 text-sm">
      {events.map((e) => (
        <li key={e.id}>
          <p>{describe(e, { t, tDomain }, reader.locale)}</p>
          <p className="text-xs text-slate-700">
            <time dateTime={e.at.toISOString()}>{formatDateTime(e.at, reader)}</time>
          </p>
          {e.note && (
            <p className="mt-0.5 rounded bg-slate-100 px-2 py-1 text-slate-800">
              {/* The note people typed stays as typed; a note Consort itself records is said in the reader's language. */}
              {t("history.note", { note: noteOf(e.note) })}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
