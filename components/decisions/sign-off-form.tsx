"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { signOffDecisionAction } from "@/lib/decisions/actions";
import type { SignOffAnswer } from "@/lib/generated/prisma/enums";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { useHydrated } from "@/components/ui/use-hydrated";

const ANSWERS = ["AGREE", "AGREE_WITH_CONDITIONS", "OBJECT"] as const satisfies readonly SignOffAnswer[];

/**
 * One institution's answer to the version on the page. The version travels with the answer: if a
 * new version appears before it arrives, the answer is refused and the page shows the new version.
 */
export function SignOffForm({
  decisionId,
  version,
  institution,
  previous,
}: {
  decisionId: string;
  version: number;
  institution: { id: string; name: string };
  /** This institution's newest answer to this version, if it gave one. */
  previous: { answer: SignOffAnswer; text: string } | null;
}) {
  const t = useTranslations("decisionsClient");
  const { state, formProps, errors, value } = useFormAction(signOffDecisionAction, { onConflict: "keep" });
  const hydrated = useHydrated();
  const [answer, setAnswer] = useState<string>(value("answer", previous?.answer ?? "") ?? "");
  const needsText = answer === "AGREE_WITH_CONDITIONS" || answer === "OBJECT";
  const fieldId = `answer-text-${institution.id}`;
  return (
    <form
      {...formProps}
      className="space-y-3 rounded-lg border border-blue-300 bg-blue-50 p-4"
      aria-labelledby={`sign-off-heading-${institution.id}`}
    >
      <h3 id={`sign-off-heading-${institution.id}`} className="font-semibold text-slate-900">
        {t("signOff.heading", { institution: institution.name, version })}
      </h3>
      {previous && <p className="text-sm text-slate-800">{t("signOff.changeHint")}</p>}
      <input type="hidden" name="decisionId" value={decisionId} />
      <input type="hidden" name="institutionId" value={institution.id} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} />
      <fieldset aria-describedby={errors("answer") ? `${fieldId}-answer-error` : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("signOff.answer")}</legend>
        <div className="mt-1 flex flex-col gap-1">
          {ANSWERS.map((a) => (
            <label key={a} className="flex items-center gap-2 text-sm text-slate-900">
              <input type="radio" name="answer" value={a} checked={answer === a} onChange={() => setAnswer(a)} className="size-4" />
              {t(`signOff.${a}`)}
            </label>
          ))}
        </div>
        {errors("answer") && (
          <p id={`${fieldId}-answer-error`} className="mt-1 text-sm text-red-700">
            {errors("answer")!.join(" ")}
          </p>
        )}
      </fieldset>
      {/* Without JavaScript the text is always there to fill in; with it, only for conditions or an objection. */}
      <div hidden={hydrated && !needsText}>
        <TextAreaField
          id={fieldId}
          label={answer === "OBJECT" ? t("signOff.objectionLabel") : t("signOff.conditionsLabel")}
          name="text"
          rows={3}
          maxLength={5000}
          defaultValue={value("text", previous && previous.answer !== "AGREE" ? previous.text : "")}
          errors={errors("text")}
          hint={t("signOff.textHint")}
        />
      </div>
      <SubmitButton pendingLabel={t("signOff.sending")}>{t("signOff.send")}</SubmitButton>
    </form>
  );
}
