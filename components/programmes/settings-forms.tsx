"use client";
import { useTranslations } from "next-intl";
import {
  addMemberAction,
  addPartnerAction,
  archivePartnerAction,
  restorePartnerAction,
  updateProgrammeSettingsAction,
} from "@/lib/programmes/actions";
import { SERVICES_IN_GUIDE_ORDER } from "@/lib/domain/services";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { SelectField, TextField } from "@/components/ui/field";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useFormAction } from "@/components/ui/use-form-action";

type Option = { value: string; label: string };

export function StaleAfterForm({ programmeId, staleAfterDays }: { programmeId: string; staleAfterDays: number }) {
  const t = useTranslations("programmesClient");
  const { state, formProps, errors, value } = useFormAction(updateProgrammeSettingsAction);
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="programmeId" value={programmeId} />
      <div className="w-48">
        <TextField
          label={t("staleAfter.label")}
          name="staleAfterDays"
          type="number"
          min={1}
          max={365}
          defaultValue={value("staleAfterDays", String(staleAfterDays))}
          errors={errors("staleAfterDays")}
          required
        />
      </div>
      <SubmitButton>{t("staleAfter.submit")}</SubmitButton>
      <div className="basis-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function AddPartnerForm({ programmeId, institutions }: { programmeId: string; institutions: Option[] }) {
  const t = useTranslations("programmesClient");
  const { state, formProps, errors, value } = useFormAction(addPartnerAction);
  if (institutions.length === 0) return <p className="text-sm text-slate-700">{t("addPartner.allTakePart")}</p>;
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="programmeId" value={programmeId} />
      <div className="min-w-[16rem] flex-1">
        <SelectField
          label={t("addPartner.label")}
          name="institutionId"
          options={[{ value: "", label: t("chooseInstitution") }, ...institutions]}
          defaultValue={value("institutionId", "")}
          errors={errors("institutionId")}
          required
        />
      </div>
      <SubmitButton pendingLabel={t("addPartner.pending")}>{t("addPartner.submit")}</SubmitButton>
      <div className="basis-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function PartnerStatusForm({
  programmeId,
  institutionId,
  name,
  archived,
}: {
  programmeId: string;
  institutionId: string;
  name: string;
  archived: boolean;
}) {
  const t = useTranslations("programmesClient");
  const { state, formProps } = useFormAction(archived ? restorePartnerAction : archivePartnerAction);
  const form = (
    <form {...formProps} className="space-y-3">
      <input type="hidden" name="programmeId" value={programmeId} />
      <input type="hidden" name="institutionId" value={institutionId} />
      {!archived && <p className="text-sm text-slate-800">{t("partnerStatus.consequence", { name })}</p>}
      <SubmitButton
        variant={archived ? "secondary" : "danger"}
        size="sm"
        pendingLabel={archived ? t("partnerStatus.restoring") : t("partnerStatus.removing")}
      >
        {archived ? t("partnerStatus.restore", { name }) : t("partnerStatus.remove", { name })}
      </SubmitButton>
    </form>
  );
  return (
    <div className="space-y-2">
      {archived ? (
        form
      ) : (
        <ConfirmDialog trigger={t("partnerStatus.removeTrigger", { name })} title={t("partnerStatus.removeTitle", { name })}>
          {form}
        </ConfirmDialog>
      )}
      <FormMessage state={state} />
    </div>
  );
}

export function AddMemberForm({ programmeId, institutions }: { programmeId: string; institutions: Option[] }) {
  const t = useTranslations("programmesClient");
  const tDomain = useTranslations("domain");
  const { state, formProps, errors, value, values } = useFormAction(addMemberAction);
  const ticked = values("services");
  return (
    <form {...formProps} className="space-y-3">
      <input type="hidden" name="programmeId" value={programmeId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={t("addMember.email")}
          name="email"
          type="email"
          required
          defaultValue={value("email")}
          errors={errors("email")}
          hint={t("addMember.emailHint")}
          autoComplete="off"
        />
        <TextField
          label={t("addMember.name")}
          name="name"
          required
          defaultValue={value("name")}
          errors={errors("name")}
          maxLength={120}
          autoComplete="off"
          hint={t("addMember.nameHint")}
        />
        <SelectField
          label={t("addMember.role")}
          name="role"
          required
          defaultValue={value("role")}
          errors={errors("role")}
          options={(["PARTNER_STAFF", "TASK_FORCE", "TEAM_LEADER"] as const).map((role) => ({
            value: role,
            label: tDomain(`role.${role}`),
          }))}
        />
        <SelectField
          label={t("addMember.actsFor")}
          name="institutionId"
          id="member-institutionId"
          required
          defaultValue={value("institutionId", "")}
          errors={errors("institutionId")}
          options={[{ value: "", label: t("chooseInstitution") }, ...institutions]}
        />
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
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("addMember.pending")}>{t("addMember.submit")}</SubmitButton>
    </form>
  );
}
