import { currentUser } from "@/lib/auth/session";
import { isMember } from "@/lib/auth/permissions";
import { loadProgrammeActor } from "@/lib/programmes/data";
import { exportAdvice } from "@/lib/advice/data";
import { parseAdviceFilters } from "@/lib/advice/schema";
import { toCsv } from "@/lib/advice/csv";
import { markdownToPlainText } from "@/lib/advice/markdown";
import { contentDisposition } from "@/lib/advice/file-types";
import { getT } from "@/lib/i18n/server";

/** The columns, in order, by their message in advice.csv (headers in the reader's language; dates stay ISO for spreadsheets). */
const COLUMNS = [
  "givenOn",
  "institution",
  "service",
  "kind",
  "summary",
  "details",
  "givenBy",
  "role",
  "visibility",
  "followUpNeeded",
  "followUpNote",
  "loggedBy",
  "loggedAsTeamLeader",
  "loggedAt",
  "attachments",
  "link",
] as const;

/** The Advice page's filtered list as CSV: the same filters and the same visibility rules. */
export async function GET(request: Request, { params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const user = await currentUser();
  const actor = user ? await loadProgrammeActor(user, programmeId) : null;
  const [t, tAdvice, tDomain] = await Promise.all([getT("advice"), getT("adviceClient"), getT("domain")]);
  if (!actor || !isMember(actor))
    return new Response(t("notFound"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const url = new URL(request.url);
  const filters = parseAdviceFilters(Object.fromEntries(url.searchParams));
  const rows = await exportAdvice(actor, programmeId, { ...filters, page: undefined });
  const origin = url.origin;
  const yesNo = (value: boolean) => (value ? t("csv.yes") : t("csv.no"));
  const csv = toCsv(
    COLUMNS.map((column) => t(`csv.${column}`)),
    rows.map((r) => [
      r.givenOn.toISOString().slice(0, 10),
      r.institutionName,
      tDomain(`service.${r.service}`),
      tAdvice(`kind.${r.kind}`),
      r.summary,
      markdownToPlainText(r.details),
      r.givenByName,
      r.givenByRole,
      tAdvice(`visibility.${r.visibility}`),
      yesNo(r.followUpNeeded),
      r.followUpNote ?? "",
      r.authorName,
      yesNo(r.loggedAsTeamLeader),
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
