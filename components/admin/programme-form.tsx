"use client";
import { useTranslations } from "next-intl";
import { createProgrammeAsAdminAction } from "@/lib/admin/actions";
import { SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { NEW_PROGRAMME_VALUES, ProgrammeFields } from "@/components/programmes/programme-fields";

type LeaderOption = { id: string; name: string; email: string; institution: { shortName: string } | null };

export function AdminProgrammeForm({ leaders }: { leaders: LeaderOption[] }) {
  const t = useTranslations("adminClient");
  const { state, formProps, errors, value } = useFormAction(createProgrammeAsAdminAction);
  return (
    <form {...formProps} className="max-w-2xl space-y-4 rounded-lg border border-slate-300 bg-white p-6 shadow-sm" noValidate>
      <FormMessage state={state} />
      <SelectField
        label={t("programmeForm.leader")}
        name="leaderId"
        required
        defaultValue={value("leaderId", "")}
        errors={errors("leaderId")}
        hint={t("programmeForm.leaderHint")}
        options={[
          { value: "", label: t("programmeForm.choosePerson") },
          ...leaders.map((l) => ({ value: l.id, label: `${l.name} · ${l.institution?.shortName ?? ""} · ${l.email}` })),
        ]}
      />
      <ProgrammeFields shown={(field) => value(field, { ...NEW_PROGRAMME_VALUES, ects: "15" }[field])} errors={errors} />
      <SubmitButton pendingLabel={t("programmeForm.creating")}>{t("programmeForm.create")}</SubmitButton>
    </form>
  );
}
