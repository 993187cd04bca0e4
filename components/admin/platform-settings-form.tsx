"use client";
import { useTranslations } from "next-intl";
import { updatePlatformSettingsAction } from "@/lib/admin/actions";
import type { ProgrammeStarters } from "@/lib/generated/prisma/enums";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

const CHOICES: readonly ProgrammeStarters[] = ["CREATORS", "EVERYONE"];

/** The platform-wide rule for who may start a programme (and so become its team leader). */
export function PlatformSettingsForm({ programmeStarters }: { programmeStarters: ProgrammeStarters }) {
  const t = useTranslations("adminClient");
  const { state, formProps, errors: errorsOf, value } = useFormAction(updatePlatformSettingsAction);
  const errors = errorsOf("programmeStarters");
  const chosen = value("programmeStarters", programmeStarters);
  return (
    <form {...formProps} className="max-w-2xl space-y-4 rounded-lg border border-slate-300 bg-white p-5 shadow-sm">
      <FormMessage state={state} />
      <fieldset aria-describedby={errors ? "programmeStarters-error" : undefined}>
        <legend className="text-sm font-medium text-slate-800">{t("settings.legend")}</legend>
        <div className="mt-2 space-y-3">
          {CHOICES.map((choice) => (
            <div key={choice} className="flex items-start gap-2">
              <input
                id={`programmeStarters-${choice}`}
                type="radio"
                name="programmeStarters"
                value={choice}
                defaultChecked={chosen === choice}
                aria-describedby={`programmeStarters-${choice}-hint`}
                className="mt-0.5 size-4"
              />
              <div>
                <label htmlFor={`programmeStarters-${choice}`} className="text-sm font-medium text-slate-800">
                  {t(`settings.choice.${choice}.label`)}
                </label>
                <p id={`programmeStarters-${choice}-hint`} className="text-xs text-slate-600">
                  {t(`settings.choice.${choice}.hint`)}
                </p>
              </div>
            </div>
          ))}
        </div>
        {errors && (
          <p id="programmeStarters-error" className="mt-2 text-sm text-red-700">
            {errors.join(" ")}
          </p>
        )}
      </fieldset>
      <SubmitButton>{t("settings.save")}</SubmitButton>
    </form>
  );
}
