"use client";
import { useEffect, useRef, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import {
  assignIssueAction,
  closeIssueAction,
  commentIssueAction,
  editIssueAction,
  editIssueTextAction,
  moveIssueAction,
  reopenIssueAction,
  resolveIssueAction,
} from "@/lib/board/actions";
import type { ActionState } from "@/lib/actions/state";
import type { BoardOptions } from "@/lib/board/data";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { openModal } from "@/components/ui/confirm-dialog";
import { useFormAction } from "@/components/ui/use-form-action";
import { MentionTextArea } from "@/components/notifications/mention-textarea";
import type { MentionCandidate } from "@/components/notifications/mention-query";
import { IssueFields, keptIssueValues, type IssueFieldValues } from "./issue-fields";
import { useLatestMessage } from "./latest-message";
import { useSaySeats } from "./use-board-words";

type Issue = { id: string; version: number; status: IssueStatus; assigneeId: string | null };

/** After a conflict the page reloads its data, so the form shows the new state and the new version. */
function useRefreshOnConflict(state: ActionState<unknown> | undefined) {
  const router = useRouter();
  useEffect(() => {
    if (state?.status === "error" && state.kind === "conflict") router.refresh();
  }, [state, router]);
}

/** An issue form: useFormAction, whose submission also marks it as the form whose message shows (useLatestMessage). */
function useIssueForm<T>(name: string, action: Parameters<typeof useFormAction<T>>[0], version?: number) {
  const form = useFormAction(action);
  useRefreshOnConflict(form.state);
  const message = useLatestMessage(name, form.state as ActionState<{ version: number } | undefined>, version);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    message.onSubmit();
    form.formProps.onSubmit(event);
  };
  const shown = message.shown?.status === "idle" ? undefined : message.shown;
  return { ...form, message: shown, formProps: { ...form.formProps, onSubmit } };
}

export function AssignForm({ issue, options }: { issue: Issue; options: BoardOptions }) {
  const t = useTranslations("boardClient");
  const saySeats = useSaySeats();
  const form = useIssueForm("assign", assignIssueAction, issue.version);
  return (
    <form {...form.formProps} className="space-y-2" key={issue.version}>
      <input type="hidden" name="issueId" value={issue.id} />
      <input type="hidden" name="version" value={issue.version} />
      <SelectField
        label={t("assignee.label")}
        name="assigneeId"
        defaultValue={form.value("assigneeId", issue.assigneeId ?? "none")}
        options={[
          { value: "none", label: t("assignee.unassigned") },
          ...options.assignees.map((a) => ({ value: a.id, label: t("assignee.option", { name: a.name, seats: saySeats(a.seats) }) })),
        ]}
      />
      <SubmitButton size="sm" variant="secondary">
        {t("issue.saveAssignee")}
      </SubmitButton>
      <FormMessage state={form.message} />
    </form>
  );
}

export function StatusForms({ issue }: { issue: Issue }) {
  const t = useTranslations("boardClient");
  // One message for the status area: whichever of these forms was used last, while it is still true.
  const resolve = useIssueForm("resolve", resolveIssueAction, issue.version);
  const close = useIssueForm("close", closeIssueAction, issue.version);
  const reopen = useIssueForm("reopen", reopenIssueAction, issue.version);
  const file = useIssueForm("file", moveIssueAction, issue.version);
  const closeDialog = useRef<HTMLDialogElement>(null);
  const hidden = (
    <>
      <input type="hidden" name="issueId" value={issue.id} />
      <input type="hidden" name="version" value={issue.version} />
    </>
  );
  if (issue.status === "RESOLVED" || issue.status === "CLOSED") {
    return (
      <div className="space-y-4">
        <FormMessage state={resolve.message ?? close.message ?? file.message} />
        {issue.status === "RESOLVED" && (
          <form {...file.formProps} className="space-y-2" key={`f${issue.version}`}>
            {hidden}
            <input type="hidden" name="toStatus" value="CLOSED" />
            <input type="hidden" name="toIndex" value="0" />
            <p className="text-sm text-slate-700">{t("issue.closeResolvedHint")}</p>
            <SubmitButton size="sm" pendingLabel={t("issue.closing")}>
              {t("issue.closeResolved")}
            </SubmitButton>
          </form>
        )}
        <form {...reopen.formProps} className="space-y-2" key={`o${issue.version}`}>
          {hidden}
          <p className="text-sm text-slate-700">{t("issue.reopenHint")}</p>
          <SubmitButton variant="secondary" size="sm" pendingLabel={t("issue.reopening")}>
            {t("issue.reopen")}
          </SubmitButton>
          <FormMessage state={reopen.message?.status === "error" ? reopen.message : undefined} />
        </form>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <FormMessage state={reopen.message} />
      <form {...resolve.formProps} className="space-y-2" key={`r${issue.version}`}>
        {hidden}
        <TextAreaField
          label={t("issue.resolutionNote")}
          name="resolutionNote"
          required
          rows={3}
          hint={t("issue.resolutionHint")}
          defaultValue={resolve.value("resolutionNote")}
          errors={resolve.errors("resolutionNote")}
        />
        <SubmitButton size="sm" pendingLabel={t("issue.resolving")}>
          {t("issue.resolve")}
        </SubmitButton>
        <FormMessage state={resolve.message?.status === "error" ? resolve.message : undefined} />
      </form>
      <div>
        <button
          type="button"
          className="text-sm font-medium text-red-800 underline"
          commandfor="close-issue-dialog"
          command="show-modal"
          onClick={() => openModal(closeDialog.current)}
        >
          {t("issue.closeWithout")}
        </button>
        <FormMessage state={close.message?.status === "error" ? close.message : undefined} />
        <dialog
          id="close-issue-dialog"
          ref={closeDialog}
          aria-labelledby="close-title"
          className="m-auto w-full max-w-md rounded-lg border border-slate-300 p-0 shadow-xl backdrop:bg-slate-900/40"
        >
          <form
            {...close.formProps}
            className="space-y-4 p-5"
            onSubmit={(event) => {
              closeDialog.current?.close();
              close.formProps.onSubmit(event);
            }}
          >
            <h2 id="close-title" className="text-lg font-semibold">
              {t("issue.closeTitle")}
            </h2>
            {hidden}
            <SelectField
              label={t("issue.reason")}
              name="closeReason"
              required
              defaultValue={close.value("closeReason")}
              errors={close.errors("closeReason")}
              options={(["WONT_FIX", "DUPLICATE"] as const).map((r) => ({ value: r, label: t(`closeReason.${r}`) }))}
            />
            <TextField
              label={t("issue.note")}
              name="closeNote"
              required
              minLength={3}
              defaultValue={close.value("closeNote")}
              errors={close.errors("closeNote")}
              hint={t("issue.noteHint")}
            />
            <div className="flex gap-2">
              <SubmitButton variant="danger" size="sm" pendingLabel={t("issue.closing")}>
                {t("issue.closeIssue")}
              </SubmitButton>
              <button
                type="button"
                className="rounded-md border border-slate-400 px-2.5 py-1 text-sm"
                commandfor="close-issue-dialog"
                command="close"
                onClick={() => closeDialog.current?.close()}
              >
                {t("issue.cancel")}
              </button>
            </div>
          </form>
        </dialog>
      </div>
    </div>
  );
}

export function EditIssueForm({
  issue,
  options,
  values,
  textOnly,
}: {
  issue: Issue;
  options: BoardOptions;
  values: IssueFieldValues;
  textOnly: boolean;
}) {
  const t = useTranslations("boardClient");
  const form = useIssueForm("edit", textOnly ? editIssueTextAction : editIssueAction, issue.version);
  const errors = form.state.status === "error" ? form.state.fieldErrors : undefined;
  const shown = keptIssueValues(values, form);
  return (
    <details className="rounded-lg border border-slate-300 bg-white p-4">
      <summary className="cursor-pointer font-medium text-blue-900">{textOnly ? t("issue.editText") : t("issue.edit")}</summary>
      <form {...form.formProps} className="mt-4 space-y-4" key={issue.version}>
        <input type="hidden" name="issueId" value={issue.id} />
        <input type="hidden" name="version" value={issue.version} />
        {textOnly ? (
          <>
            <TextField label={t("fields.title")} name="title" required defaultValue={shown.title} errors={errors?.title} />
            <TextAreaField
              label={t("fields.description")}
              name="description"
              rows={6}
              defaultValue={shown.description}
              errors={errors?.description}
              hint={t("issue.markdown")}
            />
          </>
        ) : (
          <IssueFields options={options} values={shown} errors={errors} />
        )}
        <FormMessage state={form.message} />
        <SubmitButton>{t("issue.saveChanges")}</SubmitButton>
      </form>
    </details>
  );
}

/** `people`: whom the comment can @mention (the programme's members, the writer left out). */
export function CommentForm({ issueId, people }: { issueId: string; people: readonly MentionCandidate[] }) {
  // The field empties once the comment is posted.
  const t = useTranslations("boardClient");
  const form = useIssueForm("comment", commentIssueAction);
  return (
    <form {...form.formProps} className="space-y-2">
      <input type="hidden" name="issueId" value={issueId} />
      <MentionTextArea
        people={people}
        label={t("issue.addComment")}
        name="body"
        required
        rows={3}
        hint={t("issue.markdown")}
        defaultValue={form.value("body")}
        errors={form.errors("body")}
      />
      <SubmitButton size="sm" pendingLabel={t("issue.posting")}>
        {t("issue.postComment")}
      </SubmitButton>
      <FormMessage state={form.message} />
    </form>
  );
}
