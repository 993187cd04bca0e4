import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { getBoardOptions, getIssueDetail, namesForHistory } from "@/lib/board/data";
import { boardPath, CREATED_FLASH_COOKIE, createdFlashFor } from "@/lib/board/flash";
import { renderMarkdown } from "@/lib/advice/markdown";
import { formatDateTime, formatMomentDay } from "@/lib/domain/dates";
import { getReader } from "@/lib/account/data";
import { getT } from "@/lib/i18n/server";
import { DueDate, PriorityBadge } from "@/components/board/issue-badges";
import { AssignForm, CommentForm, EditIssueForm, StatusForms } from "@/components/board/issue-actions";
import { CreatedMessage } from "@/components/board/created-message";
import { IssueActivity } from "@/components/board/issue-activity";
import { LiveUpdates } from "@/components/board/live-updates";
import { getIssueWatch, listMentionablePeople } from "@/lib/notifications/data";
import { WatchToggle } from "@/components/notifications/watch-toggle";
import { RaisedObstacles } from "@/components/obstacles/raised-obstacles";
import { stepNumber } from "@/lib/plan/steps";

type Params = { programmeId: string; issueNumber: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { issueNumber } = await params;
  const t = await getT("board");
  return { title: t("issuePage.title", { number: issueNumber }) };
}

export default async function IssuePage({ params }: { params: Promise<Params> }) {
  const { programmeId, issueNumber } = await params;
  const user = await requireUser();
  const reader = await getReader();
  const actor = await requireProgrammeMember(user, programmeId);
  const number = /^\d{1,9}$/.test(issueNumber) ? Number(issueNumber) : NaN;
  if (!Number.isFinite(number)) notFound();
  const [issue, options, names, watch, people, t, tClient, tDomain] = await Promise.all([
    getIssueDetail(programmeId, number),
    getBoardOptions(programmeId),
    namesForHistory(programmeId),
    getIssueWatch(user.id, programmeId, number),
    listMentionablePeople(programmeId),
    getT("board"),
    getT("boardClient"),
    getT("domain"),
  ]);
  if (!issue) notFound();
  const createdToken = await createdFlashFor(issue);
  // Who the issue went to when it was created (not who has it now): what the creation actually did.
  const creation = issue.events.find((e) => e.kind === "CREATED")?.changes as { assigneeId?: string | null } | undefined;
  const createdFor = creation?.assigneeId ? names.users[creation.assigneeId] : null;
  const target = { institutionId: issue.institution?.id ?? null, authorId: issue.authorId };
  const canEdit = can(actor, "board.edit", target);
  const canEditText = can(actor, "board.editText", target);
  const canMove = can(actor, "board.move", target);
  const canAssign = can(actor, "board.assign", target);
  const state = { id: issue.id, version: issue.version, status: issue.status, assigneeId: issue.assignee?.id ?? null };

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/programmes/${programmeId}/board`} className="text-blue-800 underline">
          {t("backToBoard")}
        </Link>
      </p>
      {createdToken && (
        <CreatedMessage token={createdToken} cookie={CREATED_FLASH_COOKIE} path={boardPath(programmeId)}>
          {createdFor
            ? t("issuePage.createdAssigned", { number: String(issue.number), name: createdFor })
            : t("issuePage.createdUnassigned", { number: String(issue.number) })}
        </CreatedMessage>
      )}
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-slate-900">
            <span className="font-mono text-slate-700">#{issue.number}</span> {issue.title}
          </h1>
          <p className="mt-1 text-sm text-slate-700">
            {t("issuePage.openedBy", { name: issue.author.name, date: formatMomentDay(issue.createdAt, reader) })}
          </p>
        </div>
        <LiveUpdates programmeId={programmeId} />
      </div>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <section aria-labelledby="description-heading" className="rounded-lg border border-slate-300 bg-white p-4">
            <h2 id="description-heading" className="sr-only">
              {t("issuePage.description")}
            </h2>
            {issue.description ? (
              <div
                className="prose-consort text-sm text-slate-900 [&_a]:text-blue-800 [&_a]:underline [&_li]:ml-5 [&_ol]:list-decimal [&_p]:my-2 [&_ul]:list-disc"
                dangerouslySetInnerHTML={{ __html: renderMarkdown(issue.description) }}
              />
            ) : (
              <p className="text-sm text-slate-700">{t("issuePage.noDescription")}</p>
            )}
            {/* Resolved, or closed after it was resolved (no close reason): the resolution is the outcome. */}
            {(issue.status === "RESOLVED" || (issue.status === "CLOSED" && !issue.closeReason)) && issue.resolutionNote && (
              <div className="mt-4 rounded-md border border-green-700 bg-green-50 p-3 text-sm text-green-950">
                <p className="font-semibold">{t("issuePage.resolution")}</p>
                <p className="whitespace-pre-wrap">{issue.resolutionNote}</p>
              </div>
            )}
            {issue.status === "CLOSED" && !issue.closeReason && (
              <p className="mt-2 text-sm text-slate-800">{t("issuePage.closedAfterResolved")}</p>
            )}
            {issue.status === "CLOSED" && issue.closeReason && (
              <div className="mt-4 rounded-md border border-slate-400 bg-slate-50 p-3 text-sm text-slate-900">
                <p className="font-semibold">{t("issuePage.closedAs", { reason: tClient(`closeReason.${issue.closeReason}`) })}</p>
                <p className="whitespace-pre-wrap">{issue.closeNote}</p>
              </div>
            )}
          </section>

          {(canEdit || canEditText) && (
            <EditIssueForm
              issue={state}
              options={options}
              textOnly={!canEdit}
              values={{
                title: issue.title,
                description: issue.description,
                services: issue.services,
                institutionId: issue.institution?.id ?? "",
                priority: issue.priority,
                dueDate: issue.dueDate ?? "",
                labels: issue.labels.join(", "),
                escalation: issue.escalation ?? "",
                engagementId: issue.engagement?.id ?? "",
                adviceId: issue.advice?.id ?? "",
                planStep: issue.planStep ?? "",
              }}
            />
          )}

          <section aria-labelledby="comments-heading" className="space-y-3">
            <h2 id="comments-heading" className="text-lg font-semibold">
              {t("issuePage.comments", { count: issue.comments.length })}
            </h2>
            {issue.comments.length === 0 ? (
              <p className="text-sm text-slate-700">{t("issuePage.noComments")}</p>
            ) : (
              <ol className="space-y-3">
                {issue.comments.map((c) => (
                  <li key={c.id} className="rounded-lg border border-slate-300 bg-white p-3">
                    <p className="text-xs text-slate-700">
                      <span className="font-medium text-slate-900">{c.author.name}</span> ·{" "}
                      <time dateTime={c.createdAt.toISOString()}>{formatDateTime(c.createdAt, reader)}</time>
                    </p>
                    <div
                      className="mt-1 text-sm text-slate-900 [&_a]:text-blue-800 [&_a]:underline [&_li]:ml-5 [&_ol]:list-decimal [&_ul]:list-disc"
                      dangerouslySetInnerHTML={{ __html: renderMarkdown(c.body) }}
                    />
                  </li>
                ))}
              </ol>
            )}
            <CommentForm issueId={issue.id} people={people.filter((p) => p.userId !== user.id)} />
          </section>

          <section aria-labelledby="activity-heading" className="space-y-3">
            <h2 id="activity-heading" className="text-lg font-semibold">
              {t("issuePage.activity")}
            </h2>
            <IssueActivity events={issue.events} names={names} />
          </section>
        </div>

        <aside className="space-y-4" aria-label={t("issuePage.details")}>
          <div className="rounded-lg border border-slate-300 bg-white p-4">
            <WatchToggle target={{ issueId: issue.id }} state={watch} />
          </div>
          <dl className="space-y-2 rounded-lg border border-slate-300 bg-white p-4 text-sm">
            <div>
              <dt className="font-medium text-slate-700">{t("issuePage.status")}</dt>
              <dd className="font-semibold text-slate-900" data-testid="issue-status">
                {tClient(`status.${issue.status}`)}
              </dd>
            </div>
            <div>
              <dt className="font-medium text-slate-700">{t("issuePage.priority")}</dt>
              <dd>
                <PriorityBadge priority={issue.priority} />
              </dd>
            </div>
            <div>
              <dt className="font-medium text-slate-700">{t("issuePage.assignee")}</dt>
              <dd data-testid="issue-assignee">{issue.assignee?.name ?? t("issuePage.unassigned")}</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-700">{t("issuePage.services")}</dt>
              <dd>{issue.services.map((s) => tDomain(`service.${s}`)).join(", ")}</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-700">{t("issuePage.institution")}</dt>
              <dd>{issue.institution?.name ?? t("issuePage.notSpecific")}</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-700">{t("issuePage.due")}</dt>
              <dd>
                <DueDate dueDate={issue.dueDate} status={issue.status} />
              </dd>
            </div>
            {issue.planStep && (
              <div>
                <dt className="font-medium text-slate-700">{t("issuePage.planStep")}</dt>
                <dd>
                  <Link href={`/programmes/${programmeId}/plan/${stepNumber(issue.planStep)}`} className="text-blue-800 underline">
                    {`${stepNumber(issue.planStep)}. ${tDomain(`planStep.${issue.planStep}`)}`}
                  </Link>
                </dd>
              </div>
            )}
            {issue.escalation && (
              <div>
                <dt className="font-medium text-slate-700">{t("issuePage.escalation")}</dt>
                <dd>{tClient(`escalation.${issue.escalation}`)}</dd>
              </div>
            )}
            {issue.labels.length > 0 && (
              <div>
                <dt className="font-medium text-slate-700">{t("issuePage.labels")}</dt>
                <dd>{issue.labels.join(", ")}</dd>
              </div>
            )}
            {issue.engagement && (
              <div>
                <dt className="font-medium text-slate-700">{t("issuePage.engagement")}</dt>
                <dd>
                  <Link className="text-blue-800 underline" href={`/programmes/${programmeId}/services/${issue.engagement.id}`}>
                    {issue.engagement.institution.shortName} · {tDomain(`service.${issue.engagement.service}`)}
                  </Link>
                </dd>
              </div>
            )}
            {issue.advice && (
              <div>
                <dt className="font-medium text-slate-700">{t("issuePage.advice")}</dt>
                <dd>
                  <Link className="text-blue-800 underline" href={`/programmes/${programmeId}/advice/${issue.advice.id}`}>
                    {issue.advice.summary}
                  </Link>
                </dd>
              </div>
            )}
          </dl>
          {canAssign && (
            <div className="rounded-lg border border-slate-300 bg-white p-4">
              <AssignForm issue={state} options={options} />
            </div>
          )}
          {canMove && (
            <div className="rounded-lg border border-slate-300 bg-white p-4">
              <StatusForms issue={state} />
            </div>
          )}
          <RaisedObstacles
            programmeId={programmeId}
            from={{ issueId: issue.id }}
            raiseHref={
              actor.memberships.some((m) => can(actor, "obstacle.edit", { institutionId: m.institutionId, service: "LEGAL" }))
                ? `/programmes/${programmeId}/obstacles/new?issue=${issue.id}`
                : null
            }
          />
        </aside>
      </div>
    </>
  );
}
