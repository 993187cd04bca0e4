"use client";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { ActionInput, ActionState } from "@/lib/actions/state";
import { ADVICE_KINDS, SUMMARY_MAX } from "@/lib/advice/labels";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Button, buttonClasses } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";
import { MentionTextArea } from "@/components/notifications/mention-textarea";
import type { MentionCandidate } from "@/components/notifications/mention-query";
import { AttachmentField, useAttachmentPicker } from "./attachment-field";

type Action = (state: ActionState, input: ActionInput) => Promise<ActionState>;

type AdviceFormValues = {
  givenOn: string;
  givenByName: string;
  givenByRole: string;
  summary: string;
  details: string;
  kind: string;
};

/** The log and edit forms: the same fields; logging adds sharing and the follow-up. */
export function AdviceForm({
  action,
  mode,
  hidden,
  defaults,
  cancelHref,
  refusedUpload,
  people,
}: {
  action: Action;
  mode: "log" | "edit";
  hidden: Record<string, string>;
  defaults: AdviceFormValues;
  cancelHref: string;
  /** Set (already said) when the last plain form post was too large to read (see lib/advice/oversized-post.ts). */
  refusedUpload?: string;
  /** Whom the details can @mention: the programme's members, the writer left out. */
  people: readonly MentionCandidate[];
}) {
  const t = useTranslations("adviceClient");
  const initial: ActionState = refusedUpload
    ? { status: "error", kind: "invalid", message: refusedUpload, fieldErrors: { attachments: [refusedUpload] } }
    : { status: "idle" };
  const form = useFormAction(action, { initial });
  const { state, pending, formProps } = form;
  const errors = state.status === "error" ? (state.fieldErrors ?? {}) : {};
  // What was typed before a refused save (files are chosen again only when the browser did not keep them).
  const submitted = (name: keyof AdviceFormValues) => form.value(name, defaults[name]);
  const messageRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === "error") messageRef.current?.scrollIntoView({ block: "center" });
  }, [state]);
  const attachments = useAttachmentPicker();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (attachments.checkBeforeSubmit(event.currentTarget)) formProps.onSubmit(event);
  };
  const [summary, setSummary] = useState(submitted("summary") ?? "");
  const [followUp, setFollowUp] = useState(form.checked("followUpNeeded"));

  return (
    <form {...formProps} onSubmit={onSubmit} className="max-w-3xl space-y-5 rounded-lg border border-slate-300 bg-white p-5" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div ref={messageRef}>
        <FormMessage state={state} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          label={t("form.givenOn")}
          name="givenOn"
          type="date"
          required
          defaultValue={submitted("givenOn")}
          errors={errors.givenOn}
        />
        <TextField
          label={t("form.givenByName")}
          name="givenByName"
          required
          defaultValue={submitted("givenByName")}
          errors={errors.givenByName}
          autoComplete="off"
        />
        <TextField
          label={t("form.givenByRole")}
          name="givenByRole"
          defaultValue={submitted("givenByRole")}
          errors={errors.givenByRole}
          hint={t("form.givenByRoleHint")}
        />
      </div>
      <SelectField
        label={t("form.kind")}
        name="kind"
        required
        defaultValue={submitted("kind")}
        errors={errors.kind}
        options={[
          { value: "", label: t("form.chooseKind") },
          ...ADVICE_KINDS.map((k) => ({ value: k, label: `${t(`kind.${k}`)} — ${t(`kindDescription.${k}`)}` })),
        ]}
      />
      <TextField
        label={t("form.summary")}
        name="summary"
        required
        maxLength={SUMMARY_MAX}
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
        errors={errors.summary}
        hint={t("form.summaryCount", { count: summary.length, max: SUMMARY_MAX })}
      />
      <MentionTextArea
        people={people}
        label={t("form.details")}
        name="details"
        rows={10}
        defaultValue={submitted("details")}
        errors={errors.details}
        hint={t("form.detailsHint")}
      />
      <AttachmentField
        picker={attachments}
        label={mode === "log" ? t("form.attachments") : t("form.addAttachments")}
        serverErrors={errors.attachments}
      />
      {mode === "log" && (
        <fieldset className="space-y-3 rounded-md border border-slate-300 p-4">
          <legend className="px-1 text-sm font-medium text-slate-800">{t("form.visibilityAndFollowUp")}</legend>
          <label className="flex items-start gap-2 text-sm text-slate-800">
            <input type="checkbox" name="share" defaultChecked={form.checked("share")} className="mt-1" />
            <span>
              {t("form.shareNow")}
              <span className="block text-xs text-slate-600">{t("form.shareNowHint")}</span>
            </span>
          </label>
          <label className="flex items-start gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              name="followUpNeeded"
              className="mt-1"
              checked={followUp}
              onChange={(e) => setFollowUp(e.target.checked)}
              aria-controls="follow-up-note"
            />
            <span>
              {t("form.followUpNeeded")}
              <span className="block text-xs text-slate-600">{t("form.followUpNeededHint")}</span>
            </span>
          </label>
          <div id="follow-up-note" hidden={!followUp}>
            <TextAreaField
              label={t("form.followUpNote")}
              name="followUpNote"
              rows={3}
              required={followUp}
              defaultValue={form.value("followUpNote")}
              errors={errors.followUpNote}
              hint={t("form.followUpNoteHint")}
            />
          </div>
        </fieldset>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? (mode === "log" ? t("form.logging") : t("form.saving")) : mode === "log" ? t("form.log") : t("form.save")}
        </Button>
        <a href={cancelHref} className={buttonClasses("secondary")}>
          {t("form.cancel")}
        </a>
      </div>
    </form>
  );
}
