import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { getTaskForceGrid } from "@/lib/taskforce/data";
import { getT } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { AddSeatForm, RemoveSeatButton } from "@/components/taskforce/seat-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("programmes");
  return { title: t("taskForce.metaTitle") };
}

export default async function TaskForcePage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const user = await requireUser();
  const actor = await requireProgrammeMember(user, programmeId);
  const [grid, t, tDomain] = await Promise.all([getTaskForceGrid(programmeId), getT("programmes"), getT("domain")]);
  const canConfigure = can(actor, "programme.configure");
  const filled = grid.services.reduce((n, s) => n + grid.institutions.filter((i) => (grid.cells[s]?.[i.id]?.length ?? 0) > 0).length, 0);
  const total = grid.services.length * grid.institutions.length;

  return (
    <>
      <PageHeader title={t("taskForce.title")} description={t("taskForce.description", { filled, total })} />
      <div className="relative overflow-x-auto rounded-lg border border-slate-300 bg-white">
        <table className="min-w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t("taskForce.caption")}</caption>
          <thead className="bg-slate-100 text-slate-900">
            <tr>
              <th scope="col" className="w-56 px-3 py-2 font-semibold">
                {t("taskForce.service")}
              </th>
              {grid.institutions.map((i) => (
                <th key={i.id} scope="col" className="px-3 py-2 font-semibold">
                  {i.name}
                  <span className="block text-xs font-normal text-slate-700">
                    {i.country}
                    {i.lead ? ` · ${t("taskForce.lead")}` : ""}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {grid.services.map((service) => (
              <tr key={service} className="align-top">
                <th scope="row" className="px-3 py-3 font-semibold text-slate-900">
                  {tDomain(`service.${service}`)}
                  <span className="mt-1 block text-xs font-normal text-slate-700">{tDomain(`serviceDescription.${service}`)}</span>
                </th>
                {grid.institutions.map((institution) => {
                  const seats = grid.cells[service]?.[institution.id] ?? [];
                  return (
                    <td key={institution.id} className="border-l border-slate-200 px-3 py-3">
                      {seats.length === 0 ? (
                        <p className="text-sm text-slate-700 italic">{t("taskForce.emptySeat")}</p>
                      ) : (
                        <ul className="space-y-2">
                          {seats.map((seat) => (
                            <li key={seat.representationId}>
                              <p className="font-medium text-slate-900">
                                {seat.name}
                                {!seat.active && (
                                  <span className="ml-1 text-xs font-normal text-slate-700">{t("taskForce.deactivated")}</span>
                                )}
                              </p>
                              <a href={`mailto:${seat.email}`} className="text-xs break-all text-blue-800 underline">
                                {seat.email}
                              </a>
                              {canConfigure && (
                                <div>
                                  <RemoveSeatButton
                                    representationId={seat.representationId}
                                    name={seat.name}
                                    service={service}
                                    institutionName={institution.name}
                                  />
                                </div>
                              )}
                            </li>
                          ))}
                        </ul>
                      )}
                      {canConfigure && (
                        <div className="mt-2">
                          <AddSeatForm
                            programmeId={programmeId}
                            institutionId={institution.id}
                            institutionName={institution.name}
                            service={service}
                            candidates={grid.candidates[institution.id] ?? []}
                          />
                        </div>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!canConfigure && <p className="mt-3 text-sm text-slate-700">{t("taskForce.leaderOnly")}</p>}
    </>
  );
}
