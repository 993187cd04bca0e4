import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { listInstitutions } from "@/lib/programmes/data";
import { userMayStartProgrammes } from "@/lib/platform/data";
import { getT } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { CreateProgrammeForm } from "@/components/programmes/create-programme-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("programmes");
  return { title: t("new.title") };
}

export default async function NewProgrammePage() {
  const user = await requireUser();
  const t = await getT("programmes");
  if (!(await userMayStartProgrammes(user))) {
    return (
      <>
        <PageHeader title={t("new.title")} />
        <EmptyState title={t("new.refusedTitle")}>{t("new.refusedBody")}</EmptyState>
      </>
    );
  }
  const institutions = (await listInstitutions()).filter((i) => user.isPlatformAdmin || i.id === user.institutionId);
  return (
    <>
      <PageHeader title={t("new.title")} description={t("new.description")} />
      {institutions.length === 0 ? (
        <EmptyState title={t("new.noInstitutionTitle")}>{t("new.noInstitutionBody")}</EmptyState>
      ) : (
        <CreateProgrammeForm
          institutions={institutions.map((i) => ({ value: i.id, label: `${i.name} (${i.country})` }))}
          defaultInstitutionId={user.institutionId ?? undefined}
        />
      )}
    </>
  );
}
