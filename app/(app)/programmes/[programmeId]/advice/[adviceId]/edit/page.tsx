import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { getAdviceEntry } from "@/lib/advice/data";
import { editAdviceAction } from "@/lib/advice/actions";
import { getSay, getT } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { AdviceForm } from "@/components/advice/advice-form";
import { listMentionablePeople } from "@/lib/notifications/data";
import { refusedUploadMessage } from "@/lib/advice/oversized-post";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("advice");
  return { title: t("edit.title") };
}

export default async function EditAdvicePage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string; adviceId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { programmeId, adviceId } = await params;
  const user = await requireUser();
  const actor = await requireProgrammeMember(user, programmeId);
  const entry = await getAdviceEntry(actor, programmeId, adviceId);
  if (!entry) notFound();
  const back = `/programmes/${programmeId}/advice/${entry.id}`;
  const [t, tDomain] = await Promise.all([getT("advice"), getT("domain")]);
  const institution = entry.institution?.name ?? "";
  if (!entry.permissions.edit) {
    return (
      <>
        <PageHeader title={t("edit.cannotEdit")} />
        <div role="alert" className="max-w-2xl rounded-lg border border-red-700 bg-red-50 p-4 text-sm text-red-900">
          {entry.deletedAt ? t("edit.removed") : t("edit.notYours", { institution })}
        </div>
        <p className="mt-4">
          <Link href={back} className="text-blue-800 underline">
            {t("edit.backToEntry")}
          </Link>
        </p>
      </>
    );
  }
  const refused = refusedUploadMessage(await searchParams);
  const [say, people] = await Promise.all([getSay(), listMentionablePeople(programmeId)]);
  return (
    <>
      <PageHeader
        title={t("edit.title")}
        description={t("edit.description", { institution, service: tDomain(`service.${entry.service}`) })}
      />
      <AdviceForm
        action={editAdviceAction}
        mode="edit"
        hidden={{ adviceId: entry.id, version: String(entry.version) }}
        defaults={{
          givenOn: entry.givenOn.toISOString().slice(0, 10),
          givenByName: entry.givenByName,
          givenByRole: entry.givenByRole,
          summary: entry.summary,
          details: entry.details,
          kind: entry.kind,
        }}
        cancelHref={back}
        refusedUpload={refused && say(refused)}
        people={people.filter((p) => p.userId !== user.id)}
      />
    </>
  );
}
