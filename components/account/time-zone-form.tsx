"use client";
import { useActionState } from "react";
import { updateTimeZoneAction } from "@/lib/account/actions";
import type { ActionState } from "@/lib/actions/state";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { SelectField } from "@/components/ui/field";

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
  const [state, action] = useActionState<ActionState, FormData>(updateTimeZoneAction, { status: "idle" });
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const browserOption = browserZone ? `Use my browser's time zone (now ${browserZone})` : "Use my browser's time zone";
  return (
    <form action={action} className="max-w-xl space-y-3" aria-label="Time zone">
      <SelectField
        label="Show times in"
        name="timeZone"
        defaultValue={current ?? ""}
        errors={errors?.timeZone}
        hint="Dates of events (when something was changed, commented or logged) are shown in this zone. Calendar days such as due dates are the same everywhere."
        options={[{ value: "", label: browserOption }, ...zones.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") }))]}
      />
      <FormMessage state={state} />
      <SubmitButton>Save time zone</SubmitButton>
    </form>
  );
}
