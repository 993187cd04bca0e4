"use client";
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
  const { state, formProps, errors, value } = useFormAction(updateTimeZoneAction);
  const browserOption = browserZone ? `Use my browser's time zone (now ${browserZone})` : "Use my browser's time zone";
  return (
    <form {...formProps} className="max-w-xl space-y-3" aria-label="Time zone">
      <SelectField
        label="Show times in"
        name="timeZone"
        defaultValue={value("timeZone", current ?? "")}
        errors={errors("timeZone")}
        hint="Dates of events (when something was changed, commented or logged) are shown in this zone. Calendar days such as due dates are the same everywhere."
        options={[{ value: "", label: browserOption }, ...zones.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") }))]}
      />
      <FormMessage state={state} />
      <SubmitButton>Save time zone</SubmitButton>
    </form>
  );
}
