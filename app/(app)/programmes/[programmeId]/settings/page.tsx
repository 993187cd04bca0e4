import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getReader } from "@/lib/account/data";
import { formatMomentDay } from "@/lib/domain/dates";
import { can } from "@/lib/auth/permissions";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { getProgrammeSetup, listInstitutions } from "@/lib/programmes/data";
import { getT } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { AddMemberForm, AddPartnerForm, PartnerStatusForm, StaleAfterForm } from "@/components/programmes/settings-forms";
import { ProgrammeDetailsForm } from "@/components/programmes/details-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("programmes");
  return { title: t("settings.title") };
}

export default async function SettingsPage({
  params,
  searchParams,
}: {
  params: Promise<{ programmeId: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { programmeId } = await params;
  const { created } = await searchParams;
  const actor = await requireProgrammeMember(await requireUser(), programmeId, { allowPlatformAdmin: true });
  const reader = await getReader();
  if (!can(actor, "programme.configure")) notFound();
  const [setup, institutions, t] = await Promise.all([getProgrammeSetup(programmeId), listInstitutions(), getT("programmes")]);
  if (!setup) notFound();
  const taken = new Set(setup.partners.map((p) => p.id));
  const active = setup.partners.filter((p) => !p.archivedAt);
  const section = "rounded-lg border border-slate-300 bg-white p-4";
  return (
    <>
      <PageHeader title={t("settings.title")} description={t("settings.description")} />
      {created && (
        <p role="status" className="mb-4 rounded-md border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900">
          {t("settings.created")}
        </p>
      )}
      <div className="space-y-4">
        <section aria-labelledby="details-heading" className={section}>
          <h2 id="details-heading" className="mb-2 text-lg font-semibold">
            {t("settings.detailsHeading")}
          </h2>
          {setup.status === "ARCHIVED" ? (
            <p className="text-sm text-slate-800">{t("settings.archived")}</p>
          ) : (
            <ProgrammeDetailsForm programmeId={programmeId} version={setup.version} values={setup.details} />
          )}
        </section>
        <section aria-labelledby="partners-heading" className={section}>
          <h2 id="partners-heading" className="text-lg font-semibold">
            {t("settings.institutionsHeading")}
          </h2>
          <ul className="mt-2 divide-y divide-slate-200">
            {setup.partners.map((p) => (
              <li key={p.id} className="flex flex-wrap items-start justify-between gap-3 py-2 text-sm">
                <div>
                  <span className="font-medium">{p.name}</span>{" "}
                  <span className="text-slate-700">
                    ({p.shortName}, {p.country})
                  </span>
                  <span className="block text-xs text-slate-700">
                    {p.isLead
                      ? t("settings.lead")
                      : p.archivedAt
                        ? p.archivedBy
                          ? t("settings.removedOnBy", { date: formatMomentDay(p.archivedAt, reader), name: p.archivedBy })
                          : t("settings.removedOn", { date: formatMomentDay(p.archivedAt, reader) })
                        : t("settings.partner")}
                  </span>
                </div>
                {!p.isLead && (
                  <PartnerStatusForm programmeId={programmeId} institutionId={p.id} name={p.shortName} archived={Boolean(p.archivedAt)} />
                )}
              </li>
            ))}
          </ul>
          <div className="mt-3 border-t border-slate-200 pt-3">
            <AddPartnerForm
              programmeId={programmeId}
              institutions={institutions
                .filter((i) => !taken.has(i.id))
                .map((i) => ({ value: i.id, label: `${i.name} (${i.shortName}, ${i.country})` }))}
            />
          </div>
        </section>
        <section aria-labelledby="members-heading" className={section}>
          <h2 id="members-heading" className="mb-2 text-lg font-semibold">
            {t("settings.membersHeading")}
          </h2>
          <p className="mb-3 text-sm text-slate-700">
            {t.rich("settings.membersIntro", {
              link: (chunks) => (
                <Link href={`/programmes/${programmeId}/people`} className="text-blue-800 underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
          <AddMemberForm
            programmeId={programmeId}
            institutions={active.map((p) => ({ value: p.id, label: `${p.name} (${p.shortName})` }))}
          />
        </section>
        <section aria-labelledby="tracker-settings-heading" className={section}>
          <h2 id="tracker-settings-heading" className="mb-2 text-lg font-semibold">
            {t("settings.trackerHeading")}
          </h2>
          <StaleAfterForm programmeId={programmeId} staleAfterDays={setup.staleAfterDays} />
        </section>
      </div>
    </>
  );
}
