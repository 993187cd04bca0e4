import { currentUser } from "@/lib/auth/session";
import { isMember } from "@/lib/auth/permissions";
import { loadProgrammeActor } from "@/lib/programmes/data";
import { exportAdvice } from "@/lib/advice/data";
import { ADVICE_KIND_LABELS, ADVICE_VISIBILITY_LABELS } from "@/lib/advice/labels";
import { parseAdviceFilters } from "@/lib/advice/schema";
import { toCsv } from "@/lib/advice/csv";
import { markdownToPlainText } from "@/lib/advice/markdown";
import { SERVICE_LABELS } from "@/lib/domain/services";
import { contentDisposition } from "@/lib/advice/file-types";

const HEADER = [
  "Given on",
  "Institution",
  "Service",
  "Kind",
  "Summary",
  "Details",
  "Given by",
  "Role",
  "Visibility",
  "Follow-up needed",
  "Follow-up note",
  "Logged by",
  "Logged as team leader",
  "Logged at",
  "Attachments",
  "Link",
];

/** The Advice page's filtered list as CSV: the same filters and the same visibility rules. */
export async function GET(request: Request, { params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const user = await currentUser();
  const actor = user ? await loadProgrammeActor(user, programmeId) : null;
  if (!actor || !isMember(actor))
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const url = new URL(request.url);
  const filters = parseAdviceFilters(Object.fromEntries(url.searchParams));
  const rows = await exportAdvice(actor, programmeId, { ...filters, page: undefined });
  const origin = url.origin;
  const csv = toCsv(
    HEADER,
    rows.map((r) => [
      r.givenOn.toISOString().slice(0, 10),
      r.institutionName,
      SERVICE_LABELS[r.service],
      ADVICE_KIND_LABELS[r.kind],
      r.summary,
      markdownToPlainText(r.details),
      r.givenByName,
      r.givenByRole,
      ADVICE_VISIBILITY_LABELS[r.visibility],
      r.followUpNeeded ? "yes" : "no",
      r.followUpNote ?? "",
      r.authorName,
      r.loggedAsTeamLeader ? "yes" : "no",
      r.createdAt.toISOString(),
      r.attachmentNames ?? "",
      `${origin}/programmes/${programmeId}/advice/${r.id}`,
    ]),
  );
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition(`advice-${stamp}.csv`),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
