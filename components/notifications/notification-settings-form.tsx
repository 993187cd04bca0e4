"use client";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { NotificationDelivery } from "@/lib/generated/prisma/enums";
import { DELIVERIES } from "@/lib/notifications/kinds";
import { saveNotificationSettingsAction } from "@/lib/notifications/inbox/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

/** A kind of notification as the form lists it: its words (said on the server) and how it reaches the person now. */
export type KindSetting = { kind: string; label: string; description: string; delivery: NotificationDelivery };

/**
 * Notification settings, saved together in one form: for each kind, e-mail at once, the daily
 * digest, or the inbox only (radio groups, so it works without JavaScript and by keyboard), and the
 * hour the digest goes out, in the zone `zoneNote` names.
 */
export function NotificationSettingsForm({
  kinds,
  digestHour,
  hours,
  zoneNote,
}: {
  kinds: readonly KindSetting[];
  digestHour: number;
  /** 0–23, each labelled as the reader writes the time ("08:00"). */
  hours: readonly { value: string; label: string }[];
  /** Which time zone the hour is in, and where to change it. */
  zoneNote: ReactNode;
}) {
  const t = useTranslations("inboxClient");
  const { state, formProps, errors, value } = useFormAction(saveNotificationSettingsAction);
  return (
    <form {...formProps} className="max-w-3xl space-y-6">
      <section aria-labelledby="kinds-heading" className="space-y-3">
        <h2 id="kinds-heading" className="text-lg font-semibold text-slate-900">
          {t("settings.kindsHeading")}
        </h2>
        <p className="text-sm text-slate-700">{t("settings.kindsIntro")}</p>
        {kinds.map((setting) => {
          const chosen = value(setting.kind, setting.delivery);
          const fieldErrors = errors(setting.kind);
          return (
            <fieldset
              key={setting.kind}
              className="rounded-lg border border-slate-300 bg-white p-4"
              aria-describedby={`${setting.kind}-description${fieldErrors ? ` ${setting.kind}-error` : ""}`}
            >
              <legend className="px-1 font-medium text-slate-900">{setting.label}</legend>
              <p id={`${setting.kind}-description`} className="text-sm text-slate-700">
                {setting.description}
              </p>
              <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
                {DELIVERIES.map((delivery) => (
                  <label key={delivery} className="flex items-center gap-2 text-sm text-slate-900">
                    <input
                      type="radio"
                      name={setting.kind}
                      value={delivery}
                      defaultChecked={chosen === delivery}
                      className="size-4 border-slate-500"
                    />
                    {t(`settings.delivery.${delivery}`)}
                  </label>
                ))}
              </div>
              {fieldErrors && (
                <p id={`${setting.kind}-error`} className="mt-1 text-sm text-red-700">
                  {fieldErrors.join(" ")}
                </p>
              )}
            </fieldset>
          );
        })}
      </section>
      <section aria-labelledby="digest-heading" className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
        <h2 id="digest-heading" className="text-lg font-semibold text-slate-900">
          {t("settings.digestHeading")}
        </h2>
        <p className="text-sm text-slate-700">{t("settings.digestIntro")}</p>
        <div className="max-w-xs">
          <SelectField
            label={t("settings.digestHour")}
            name="digestHour"
            defaultValue={value("digestHour", String(digestHour))}
            errors={errors("digestHour")}
            hint={zoneNote}
            options={hours}
          />
        </div>
      </section>
      <FormMessage state={state} />
      <SubmitButton>{t("settings.submit")}</SubmitButton>
    </form>
  );
}
