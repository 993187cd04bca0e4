import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { getBoardOptions } from "@/lib/board/data";
import { firstValues } from "@/lib/domain/search-params";
import { Service } from "@/lib/generated/prisma/enums";
import { PageHeader } from "@/components/ui/page-header";
import { NewIssueForm } from "@/components/board/new-issue-form";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("board");
  return { title: t("newPage.title") };
}

export default async function NewIssuePage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { programmeId } = await params;
  const user = await requireUser();
  const actor = await requireProgrammeMember(user, programmeId);
  const [options, t] = await Promise.all([getBoardOptions(programmeId), getT("board")]);
  const query = firstValues(await searchParams);
  // Links from an engagement or advice page pre-fill what they know.
  const service = Object.values(Service).find((s) => s === query.service);
  const engagement = options.engagements.find((e) => e.id === query.engagement);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/programmes/${programmeId}/board`} className="text-blue-800 underline">
          {t("backToBoard")}
        </Link>
      </p>
      <PageHeader title={t("newPage.title")} description={t("newPage.description")} />
      <NewIssueForm
        programmeId={programmeId}
        options={options}
        canAssign={can(actor, "board.assign")}
        initial={{
          services: service ? [service] : engagement ? [engagement.service] : [],
          institutionId: options.institutions.find((i) => i.id === (query.institution ?? engagement?.institutionId))?.id ?? "",
          engagementId: engagement?.id ?? "",
        }}
      />
    </>
  );
}
