"use client";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { ActionInput, ActionState } from "@/lib/actions/state";
import { ADVICE_KIND_DESCRIPTIONS, ADVICE_KIND_LABELS, ADVICE_KINDS, SUMMARY_MAX } from "@/lib/advice/labels";
import {
  ACCEPT_ATTRIBUTE,
  ALLOWED_TYPES_TEXT,
  checkFileSelection,
  MAX_ATTACHMENT_TEXT,
  MAX_ATTACHMENTS_PER_REQUEST,
} from "@/lib/advice/file-types";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Button, buttonClasses } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";

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
}: {
  action: Action;
  mode: "log" | "edit";
  hidden: Record<string, string>;
  defaults: AdviceFormValues;
  cancelHref: string;
  /** Set when the last plain form post was too large to read (see lib/advice/oversized-post.ts). */
  refusedUpload?: string;
}) {
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
  // Files too many or too large are refused here, before uploading megabytes the server would
  // refuse with the same message. Null: nothing chosen since the last submission.
  const fileInputRef = useRef<HTMLInputElement>(null);
  const [chosenFilesProblem, setChosenFilesProblem] = useState<{ message: string | null } | null>(null);
  const problemWithChosenFiles = () => checkFileSelection([...(fileInputRef.current?.files ?? [])]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = problemWithChosenFiles();
    if (problem) {
      setChosenFilesProblem({ message: problem });
      fileInputRef.current?.focus();
      return;
    }
    setChosenFilesProblem(null);
    formProps.onSubmit(event);
  };
  const attachmentErrors = chosenFilesProblem ? (chosenFilesProblem.message ? [chosenFilesProblem.message] : []) : errors.attachments;
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
          label="Date the advice was given"
          name="givenOn"
          type="date"
          required
          defaultValue={submitted("givenOn")}
          errors={errors.givenOn}
        />
        <TextField
          label="Given by (name)"
          name="givenByName"
          required
          defaultValue={submitted("givenByName")}
          errors={errors.givenByName}
          autoComplete="off"
        />
        <TextField
          label="Their role at the service"
          name="givenByRole"
          defaultValue={submitted("givenByRole")}
          errors={errors.givenByRole}
          hint="e.g. Head of international office"
        />
      </div>
      <SelectField
        label="Kind of advice"
        name="kind"
        required
        defaultValue={submitted("kind")}
        errors={errors.kind}
        options={[
          { value: "", label: "Choose…" },
          ...ADVICE_KINDS.map((k) => ({ value: k, label: `${ADVICE_KIND_LABELS[k]} — ${ADVICE_KIND_DESCRIPTIONS[k]}` })),
        ]}
      />
      <TextField
        label="Summary (one line)"
        name="summary"
        required
        maxLength={SUMMARY_MAX}
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
        errors={errors.summary}
        hint={`${summary.length} of ${SUMMARY_MAX} characters`}
      />
      <TextAreaField
        label="Details"
        name="details"
        rows={10}
        defaultValue={submitted("details")}
        errors={errors.details}
        hint="Markdown: **bold**, *italic*, lists with -, links like [text](https://…). HTML is shown as text."
      />
      <div>
        <label htmlFor="attachments" className="block text-sm font-medium text-slate-800">
          {mode === "log" ? "Attachments" : "Add attachments"}
        </label>
        <input
          ref={fileInputRef}
          id="attachments"
          name="attachments"
          type="file"
          multiple
          accept={ACCEPT_ATTRIBUTE}
          aria-invalid={attachmentErrors?.length ? true : undefined}
          aria-describedby={attachmentErrors?.length ? "attachments-error attachments-hint" : "attachments-hint"}
          onChange={() => setChosenFilesProblem({ message: problemWithChosenFiles() })}
          className="mt-1 block w-full text-sm text-slate-900 file:mr-3 file:rounded-md file:border file:border-slate-400 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium aria-[invalid=true]:text-red-800"
        />
        {attachmentErrors?.length ? (
          // Announced when the browser's own check refuses a choice (the server's answer is announced above).
          <p id="attachments-error" role={chosenFilesProblem ? "alert" : undefined} className="mt-1 text-sm text-red-700">
            {attachmentErrors.join(" ")}
          </p>
        ) : null}
        <p id="attachments-hint" className="mt-1 text-xs text-slate-600">
          Optional. Up to {MAX_ATTACHMENTS_PER_REQUEST} files, each at most {MAX_ATTACHMENT_TEXT}: {ALLOWED_TYPES_TEXT}. The type is checked
          from each file&apos;s content, not its name.
        </p>
      </div>
      {mode === "log" && (
        <fieldset className="space-y-3 rounded-md border border-slate-300 p-4">
          <legend className="px-1 text-sm font-medium text-slate-800">Visibility and follow-up</legend>
          <label className="flex items-start gap-2 text-sm text-slate-800">
            <input type="checkbox" name="share" defaultChecked={form.checked("share")} className="mt-1" />
            <span>
              Share with the partnership now
              <span className="block text-xs text-slate-600">
                Leave unticked to keep it as an institution draft: only your institution&apos;s members and the team leader can read it
                until you share it.
              </span>
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
              Follow-up needed
              <span className="block text-xs text-slate-600">
                Creates a linked issue on the task force&apos;s board: now if you share the advice, otherwise when you share it.
              </span>
            </span>
          </label>
          <div id="follow-up-note" hidden={!followUp}>
            <TextAreaField
              label="What needs following up?"
              name="followUpNote"
              rows={3}
              required={followUp}
              defaultValue={form.value("followUpNote")}
              errors={errors.followUpNote}
              hint="The first line becomes the board issue's title."
            />
          </div>
        </fieldset>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? (mode === "log" ? "Logging…" : "Saving…") : mode === "log" ? "Log advice" : "Save changes"}
        </Button>
        <a href={cancelHref} className={buttonClasses("secondary")}>
          Cancel
        </a>
      </div>
    </form>
  );
}
