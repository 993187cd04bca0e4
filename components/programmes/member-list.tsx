"use client";
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { changeMemberRoleAction, removeMemberAction } from "@/lib/programmes/members/actions";
import { inGuideOrder, SERVICES_IN_GUIDE_ORDER } from "@/lib/domain/services";
import type { MemberRole, Service } from "@/lib/generated/prisma/enums";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useFormAction } from "@/components/ui/use-form-action";

type MemberRow = {
  id: string;
  role: MemberRole;
  version: number;
  services: Service[];
  institution: { name: string; country: string };
  user: { id: string; name: string; email: string; active: boolean };
};

const ROLES: MemberRole[] = ["TEAM_LEADER", "PARTNER_STAFF", "TASK_FORCE"];

/**
 * Everyone in the programme, one card per role a person holds. The team leader also gets, per card,
 * a form to change the role (and represented services) and a confirmed removal, whose confirmation
 * lists `removals[membershipId]` (what removing it does, said by the page). The removal's outcome is
 * shown above the list: the removed card itself disappears.
 */
export function MemberList({ members, removals, manage }: { members: MemberRow[]; removals: Record<string, string[]>; manage: boolean }) {
  const t = useTranslations("programmesClient");
  const tDomain = useTranslations("domain");
  const { state: removal, formProps: removeFormProps } = useFormAction(removeMemberAction);
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (removal.status !== "idle") outcome.current?.focus();
  }, [removal]);
  const activeLeaders = members.filter((m) => m.role === "TEAM_LEADER" && m.user.active).length;
  return (
    <>
      <div ref={outcome} tabIndex={-1} className="mb-3 outline-none">
        <FormMessage state={removal} />
      </div>
      <ul aria-label={t("members.label")} className="space-y-3">
        {members.map((m) => {
          const onlyLeader = m.role === "TEAM_LEADER" && m.user.active && activeLeaders === 1;
          return (
            <li key={m.id} className="rounded-lg border border-slate-300 bg-white p-4 text-sm" aria-labelledby={`member-${m.id}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                <h2 id={`member-${m.id}`} className="text-base font-semibold text-slate-900">
                  {m.user.name}
                  {!m.user.active && <span className="ml-2 text-xs font-normal text-slate-700">{t("members.deactivated")}</span>}
                </h2>
                <a className="break-all text-blue-800 underline" href={`mailto:${m.user.email}`}>
                  {m.user.email}
                </a>
              </div>
              <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
                <dt className="text-slate-700">{t("members.role")}</dt>
                <dd className="font-medium text-slate-900">{tDomain(`role.${m.role}`)}</dd>
                <dt className="text-slate-700">{t("members.actsFor")}</dt>
                <dd>
                  {m.institution.name} <span className="text-slate-700">({m.institution.country})</span>
                </dd>
                {m.role === "TASK_FORCE" && (
                  <>
                    <dt className="text-slate-700">{t("members.represents")}</dt>
                    <dd>
                      {inGuideOrder(m.services)
                        .map((s) => tDomain(`service.${s}`))
                        .join(", ") || "—"}
                    </dd>
                  </>
                )}
              </dl>
              {manage && (
                <div className="mt-3 flex flex-wrap items-start gap-3 border-t border-slate-200 pt-3">
                  <ChangeRoleForm member={m} onlyLeader={onlyLeader} />
                  {onlyLeader ? (
                    <p className="text-slate-700">{t("members.onlyLeader")}</p>
                  ) : (
                    <ConfirmDialog
                      trigger={t("members.removeTrigger", { name: m.user.name })}
                      title={t("members.removeTitle", { name: m.user.name, role: m.role })}
                    >
                      <form {...removeFormProps} className="space-y-3">
                        <input type="hidden" name="membershipId" value={m.id} />
                        <input type="hidden" name="version" value={m.version} />
                        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
                          {(removals[m.id] ?? []).map((line) => (
                            <li key={line}>{line}</li>
                          ))}
                        </ul>
                        <SubmitButton variant="danger" size="sm" pendingLabel={t("members.removing")}>
                          {t("members.remove", { name: m.user.name })}
                        </SubmitButton>
                      </form>
                    </ConfirmDialog>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** Role and represented services of one membership; a plain form post without JavaScript. */
function ChangeRoleForm({ member, onlyLeader }: { member: MemberRow; onlyLeader: boolean }) {
  const t = useTranslations("programmesClient");
  const tDomain = useTranslations("domain");
  const { state, formProps, errors, value, values } = useFormAction(changeMemberRoleAction);
  const ticked = values("services", member.services);
  const prefix = `member-${member.id}`;
  return (
    <div className="min-w-0 flex-1 basis-64">
      <details open={state.status === "error" || undefined}>
        <summary className="cursor-pointer font-medium text-blue-800 underline">
          {t.rich("changeRole.summary", {
            name: member.user.name,
            hidden: (chunks) => <span className="sr-only">{chunks}</span>,
          })}
        </summary>
        <form {...formProps} className="mt-2 space-y-3">
          <input type="hidden" name="membershipId" value={member.id} />
          <input type="hidden" name="version" value={member.version} />
          <div>
            <label htmlFor={`${prefix}-role`} className="block text-sm font-medium text-slate-800">
              {t("changeRole.roleOf", { name: member.user.name })}
            </label>
            <select
              id={`${prefix}-role`}
              name="role"
              defaultValue={value("role", member.role)}
              aria-describedby={onlyLeader ? `${prefix}-role-hint` : undefined}
              className="mt-1 block w-full max-w-xs rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900"
            >
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {tDomain(`role.${r}`)}
                </option>
              ))}
            </select>
            {onlyLeader && (
              <p id={`${prefix}-role-hint`} className="mt-1 text-xs text-slate-700">
                {t("changeRole.onlyLeaderHint")}
              </p>
            )}
            {errors("role") && <p className="mt-1 text-sm text-red-700">{errors("role")?.join(" ")}</p>}
          </div>
          <fieldset>
            <legend className="text-sm font-medium text-slate-800">{t("servicesLegend")}</legend>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {SERVICES_IN_GUIDE_ORDER.map((s) => (
                <label key={s} className="flex items-center gap-1.5 text-sm text-slate-900">
                  <input type="checkbox" name="services[]" value={s} defaultChecked={ticked.includes(s)} className="h-4 w-4" />
                  {tDomain(`service.${s}`)}
                </label>
              ))}
            </div>
            {errors("services") && <p className="mt-1 text-sm text-red-700">{errors("services")?.join(" ")}</p>}
          </fieldset>
          <SubmitButton size="sm">{t("changeRole.submit")}</SubmitButton>
        </form>
      </details>
      <div className="mt-2">
        <FormMessage state={state} />
      </div>
    </div>
  );
}
