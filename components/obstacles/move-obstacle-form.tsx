"use client";
import { useTranslations } from "next-intl";
import { moveObstacleAction } from "@/lib/obstacles/actions";
import type { ObstacleStage } from "@/lib/generated/prisma/enums";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

/** The next step along the pathway: where to, what happened, and the advice entry that is the evidence. */
export function MoveObstacleForm({
  obstacleId,
  version,
  moves,
  evidence,
}: {
  obstacleId: string;
  version: number;
  moves: readonly ObstacleStage[];
  evidence: readonly { id: string; label: string }[];
}) {
  const t = useTranslations("obstaclesClient");
  const tDomain = useTranslations("domain");
  const { state, formProps, errors, value } = useFormAction(moveObstacleAction);
  return (
    <form {...formProps} className="space-y-3 rounded-lg border border-blue-300 bg-blue-50 p-4" aria-labelledby="move-heading" noValidate>
      <h2 id="move-heading" className="text-lg font-semibold text-slate-900">
        {t("move.heading")}
      </h2>
      <input type="hidden" name="obstacleId" value={obstacleId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} />
      <SelectField
        label={t("move.toStage")}
        name="toStage"
        required
        defaultValue={value("toStage", "")}
        errors={errors("toStage")}
        options={[{ value: "", label: t("move.chooseStage") }, ...moves.map((m) => ({ value: m, label: tDomain(`obstacleStage.${m}`) }))]}
      />
      <TextAreaField
        label={t("move.note")}
        name="note"
        required
        rows={3}
        maxLength={5000}
        defaultValue={value("note")}
        errors={errors("note")}
        hint={t("move.noteHint")}
      />
      <SelectField
        label={t("move.evidence")}
        name="evidenceAdviceId"
        defaultValue={value("evidenceAdviceId", "")}
        errors={errors("evidenceAdviceId")}
        hint={evidence.length === 0 ? t("move.noEvidence") : undefined}
        options={[{ value: "", label: t("move.noAdvice") }, ...evidence.map((e) => ({ value: e.id, label: e.label }))]}
      />
      <SubmitButton pendingLabel={t("move.moving")}>{t("move.submit")}</SubmitButton>
    </form>
  );
}
