"use client";
import { useId, useRef } from "react";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/state";
import { useFormAction } from "@/components/ui/use-form-action";
import { LOCALE_NAMES, type Locale } from "@/lib/i18n/locales";
import { Button } from "@/components/ui/button";

type LanguageAction = (previous: ActionState, input: FormData) => Promise<ActionState>;

/**
 * The language switch (header and sign-in page): a plain form, so it works without JavaScript — pick
 * a language, press Change. With JavaScript, picking a language with the mouse or on a touch screen
 * applies it at once. Stepping through the closed list with the arrow keys fires `change` at every
 * step on some systems, so a keyboard choice waits for Enter (or the button) instead of reloading
 * the page in every language on the way.
 */
export function LanguageSwitch({
  action,
  current,
  locales,
  next,
}: {
  action: LanguageAction;
  /** The language the page is shown in. */
  current: Locale;
  /** The languages offered (the server decides whether the pseudo-locale is one). */
  locales: readonly Locale[];
  /** Sign-in page: where the sign-in leads afterwards, kept across the switch. */
  next?: string;
}) {
  const t = useTranslations("commonClient");
  const id = useId();
  const { state, pending, formProps } = useFormAction(action);
  const byKeyboard = useRef(false);

  const errors = state.status === "error" ? (state.fieldErrors?.locale ?? [state.message]) : [];
  return (
    <form {...formProps} className="flex flex-wrap items-center gap-2 text-sm">
      {next !== undefined && <input type="hidden" name="next" value={next} />}
      <label htmlFor={id} className="font-medium text-slate-800">
        {t("languageSwitch.label")}
      </label>
      <select
        // A new language re-renders the page: the list starts again from the language now shown.
        key={current}
        id={id}
        name="locale"
        defaultValue={current}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={errors.length ? `${id}-error` : undefined}
        className="rounded-md border border-slate-400 bg-white px-2 py-1 text-sm text-slate-900"
        onPointerDown={() => {
          byKeyboard.current = false;
        }}
        onKeyDown={(event) => {
          if (event.key === "Tab") return;
          byKeyboard.current = true;
          // After the browser has taken the key (Enter may first close an open list on the choice).
          if (event.key === "Enter") {
            const form = event.currentTarget.form;
            setTimeout(() => form?.requestSubmit());
          }
        }}
        onChange={(event) => {
          if (!byKeyboard.current) event.currentTarget.form?.requestSubmit();
        }}
      >
        {locales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
      <Button type="submit" variant="secondary" size="sm" disabled={pending}>
        {t("languageSwitch.submit")}
      </Button>
      {errors.length > 0 && (
        <p id={`${id}-error`} role="alert" className="w-full text-red-700">
          {errors.join(" ")}
        </p>
      )}
      {/* Said after the page has changed language, so in the new one. */}
      <p role="status" className="sr-only">
        {state.status === "success" ? t("languageSwitch.changed", { language: LOCALE_NAMES[current] }) : ""}
      </p>
    </form>
  );
}
