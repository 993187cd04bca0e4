"use client";
import { useTranslations } from "next-intl";
import { updateTimeZoneAction } from "@/lib/account/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { SelectField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";

/** "Your account" → Time zone: one IANA zone, or the browser's (the empty value). */
export function TimeZoneForm({
  current,
  browserZone,
  zones,
}: {
  /** The saved setting; null: the browser's. */
  current: string | null;
  /** The browser's zone as last reported by its cookie, when known. */
  browserZone: string | null;
  zones: readonly string[];
}) {
  const t = useTranslations("commonClient");
  const { state, formProps, errors, value } = useFormAction(updateTimeZoneAction);
  const browserOption = browserZone ? t("timeZoneForm.browserNow", { zone: browserZone }) : t("timeZoneForm.browser");
  return (
    <form {...formProps} className="max-w-xl space-y-3" aria-label={t("timeZoneForm.formLabel")}>
      <SelectField
        label={t("timeZoneForm.showTimesIn")}
        name="timeZone"
        defaultValue={value("timeZone", current ?? "")}
        errors={errors("timeZone")}
        hint={t("timeZoneForm.hint")}
        options={[{ value: "", label: browserOption }, ...zones.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") }))]}
      />
      <FormMessage state={state} />
      <SubmitButton>{t("timeZoneForm.submit")}</SubmitButton>
    </form>
  );
}
