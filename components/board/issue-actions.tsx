"use client";
import { useEffect, useRef, type FormEvent } from "react";
import { useRouter } from "next/navigation";
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
import { CLOSE_REASON_LABELS } from "@/lib/board/labels";
import type { ActionState } from "@/lib/actions/state";
import type { BoardOptions } from "@/lib/board/data";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { openModal } from "@/components/ui/confirm-dialog";
import { useFormAction } from "@/components/ui/use-form-action";
import { IssueFields, keptIssueValues, type IssueFieldValues } from "./issue-fields";
import { useLatestMessage } from "./latest-message";

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
  const form = useIssueForm("assign", assignIssueAction, issue.version);
  return (
    <form {...form.formProps} className="space-y-2" key={issue.version}>
      <input type="hidden" name="issueId" value={issue.id} />
      <input type="hidden" name="version" value={issue.version} />
      <SelectField
        label="Assignee"
        name="assigneeId"
        defaultValue={form.value("assigneeId", issue.assigneeId ?? "none")}
        options={[
          { value: "none", label: "Unassigned" },
          ...options.assignees.map((a) => ({ value: a.id, label: `${a.name} (${a.detail})` })),
        ]}
      />
      <SubmitButton size="sm" variant="secondary">
        Save assignee
      </SubmitButton>
      <FormMessage state={form.message} />
    </form>
  );
}

export function StatusForms({ issue }: { issue: Issue }) {
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
            <p className="text-sm text-slate-700">
              When nothing more is needed, close the issue: it moves to Closed and keeps its resolution.
            </p>
            <SubmitButton size="sm" pendingLabel="Closing…">
              Close resolved issue
            </SubmitButton>
          </form>
        )}
        <form {...reopen.formProps} className="space-y-2" key={`o${issue.version}`}>
          {hidden}
          <p className="text-sm text-slate-700">Reopening puts the issue back at the end of Open.</p>
          <SubmitButton variant="secondary" size="sm" pendingLabel="Reopening…">
            Reopen issue
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
          label="Resolution note"
          name="resolutionNote"
          required
          rows={3}
          hint="How was it solved? Others will look here when the same problem comes up."
          defaultValue={resolve.value("resolutionNote")}
          errors={resolve.errors("resolutionNote")}
        />
        <SubmitButton size="sm" pendingLabel="Resolving…">
          Resolve issue
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
          Close without resolving…
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
              Close this issue?
            </h2>
            {hidden}
            <SelectField
              label="Reason"
              name="closeReason"
              required
              defaultValue={close.value("closeReason")}
              errors={close.errors("closeReason")}
              options={(["WONT_FIX", "DUPLICATE"] as const).map((r) => ({ value: r, label: CLOSE_REASON_LABELS[r] }))}
            />
            <TextField
              label="Note"
              name="closeNote"
              required
              minLength={3}
              defaultValue={close.value("closeNote")}
              errors={close.errors("closeNote")}
              hint="E.g. which issue it duplicates, or why it will not be fixed."
            />
            <div className="flex gap-2">
              <SubmitButton variant="danger" size="sm" pendingLabel="Closing…">
                Close issue
              </SubmitButton>
              <button
                type="button"
                className="rounded-md border border-slate-400 px-2.5 py-1 text-sm"
                commandfor="close-issue-dialog"
                command="close"
                onClick={() => closeDialog.current?.close()}
              >
                Cancel
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
  const form = useIssueForm("edit", textOnly ? editIssueTextAction : editIssueAction, issue.version);
  const errors = form.state.status === "error" ? form.state.fieldErrors : undefined;
  const shown = keptIssueValues(values, form);
  return (
    <details className="rounded-lg border border-slate-300 bg-white p-4">
      <summary className="cursor-pointer font-medium text-blue-900">{textOnly ? "Edit title and description" : "Edit issue"}</summary>
      <form {...form.formProps} className="mt-4 space-y-4" key={issue.version}>
        <input type="hidden" name="issueId" value={issue.id} />
        <input type="hidden" name="version" value={issue.version} />
        {textOnly ? (
          <>
            <TextField label="Title" name="title" required defaultValue={shown.title} errors={errors?.title} />
            <TextAreaField
              label="Description"
              name="description"
              rows={6}
              defaultValue={shown.description}
              errors={errors?.description}
              hint="Markdown is supported."
            />
          </>
        ) : (
          <IssueFields options={options} values={shown} errors={errors} />
        )}
        <FormMessage state={form.message} />
        <SubmitButton>Save changes</SubmitButton>
      </form>
    </details>
  );
}

export function CommentForm({ issueId }: { issueId: string }) {
  // The field empties once the comment is posted.
  const form = useIssueForm("comment", commentIssueAction);
  return (
    <form {...form.formProps} className="space-y-2">
      <input type="hidden" name="issueId" value={issueId} />
      <TextAreaField
        label="Add a comment"
        name="body"
        required
        rows={3}
        hint="Markdown is supported."
        defaultValue={form.value("body")}
        errors={form.errors("body")}
      />
      <SubmitButton size="sm" pendingLabel="Posting…">
        Post comment
      </SubmitButton>
      <FormMessage state={form.message} />
    </form>
  );
}
