"use client";
import { useTranslations } from "next-intl";
import { updateProgrammeDetailsAction } from "@/lib/programmes/actions";
import { PROGRAMME_PHASES } from "@/lib/programmes/phases";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { SelectField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { ProgrammeFields, type ProgrammeFieldValues } from "./programme-fields";

type ProgrammeDetailsValues = ProgrammeFieldValues & { status: string };

/**
 * Title, summary, workload, EQF level, delivery, planned start and phase. Works as a plain form
 * post without JavaScript; saves only over the version it was opened with.
 */
export function ProgrammeDetailsForm({
  programmeId,
  version,
  values,
}: {
  programmeId: string;
  version: number;
  values: ProgrammeDetailsValues;
}) {
  const t = useTranslations("programmesClient");
  const tDomain = useTranslations("domain");
  const { state, formProps, errors, value } = useFormAction(updateProgrammeDetailsAction);
  const shown = (field: keyof ProgrammeDetailsValues) => value(field, values[field]);
  return (
    <form {...formProps} aria-labelledby="details-heading" className="space-y-4">
      <input type="hidden" name="programmeId" value={programmeId} />
      <input type="hidden" name="version" value={version} />
      <ProgrammeFields shown={shown} errors={errors}>
        <SelectField
          label={t("details.phase")}
          name="status"
          required
          defaultValue={shown("status")}
          errors={errors("status")}
          options={PROGRAMME_PHASES.map((p) => ({ value: p, label: tDomain(`programmeStatus.${p}`) }))}
          hint={t("details.phaseHint")}
        />
      </ProgrammeFields>
      <FormMessage state={state} />
      <SubmitButton>{t("details.submit")}</SubmitButton>
    </form>
  );
}
