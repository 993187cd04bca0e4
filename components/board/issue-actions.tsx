"use client";
import { useActionState, useEffect, useRef } from "react";
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
import { IssueFields, type IssueFieldValues } from "./issue-fields";
import { useLatestMessage } from "./latest-message";

type Issue = { id: string; version: number; status: IssueStatus; assigneeId: string | null };

/** After a conflict the page reloads its data, so the form shows the new state and the new version. */
function useRefreshOnConflict(state: ActionState<unknown> | undefined) {
  const router = useRouter();
  useEffect(() => {
    if (state?.status === "error" && state.kind === "conflict") router.refresh();
  }, [state, router]);
}

export function AssignForm({ issue, options }: { issue: Issue; options: BoardOptions }) {
  const [state, action] = useActionState(assignIssueAction, undefined);
  useRefreshOnConflict(state);
  const message = useLatestMessage("assign", state, issue.version);
  return (
    <form action={action} onSubmit={message.onSubmit} className="space-y-2" key={issue.version}>
      <input type="hidden" name="issueId" value={issue.id} />
      <input type="hidden" name="version" value={issue.version} />
      <SelectField
        label="Assignee"
        name="assigneeId"
        defaultValue={issue.assigneeId ?? "none"}
        options={[
          { value: "none", label: "Unassigned" },
          ...options.assignees.map((a) => ({ value: a.id, label: `${a.name} (${a.detail})` })),
        ]}
      />
      <SubmitButton size="sm" variant="secondary">
        Save assignee
      </SubmitButton>
      <FormMessage state={message.shown} />
    </form>
  );
}

export function StatusForms({ issue }: { issue: Issue }) {
  const [resolveState, resolve] = useActionState(resolveIssueAction, undefined);
  const [closeState, close] = useActionState(closeIssueAction, undefined);
  const [reopenState, reopen] = useActionState(reopenIssueAction, undefined);
  const [fileState, file] = useActionState(moveIssueAction, undefined);
  useRefreshOnConflict(resolveState);
  useRefreshOnConflict(closeState);
  useRefreshOnConflict(reopenState);
  useRefreshOnConflict(fileState);
  // One message for the status area: whichever of these forms was used last, while it is still true.
  const messages = {
    resolve: useLatestMessage("resolve", resolveState, issue.version),
    close: useLatestMessage("close", closeState, issue.version),
    reopen: useLatestMessage("reopen", reopenState, issue.version),
    file: useLatestMessage("file", fileState, issue.version),
  };
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
        <FormMessage state={messages.resolve.shown ?? messages.close.shown ?? messages.file.shown} />
        {issue.status === "RESOLVED" && (
          <form action={file} onSubmit={messages.file.onSubmit} className="space-y-2" key={`f${issue.version}`}>
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
        <form action={reopen} onSubmit={messages.reopen.onSubmit} className="space-y-2" key={`o${issue.version}`}>
          {hidden}
          <p className="text-sm text-slate-700">Reopening puts the issue back at the end of Open.</p>
          <SubmitButton variant="secondary" size="sm" pendingLabel="Reopening…">
            Reopen issue
          </SubmitButton>
          <FormMessage state={messages.reopen.shown?.status === "error" ? messages.reopen.shown : undefined} />
        </form>
      </div>
    );
  }
  return (
    <div className="space-y-4">
      <FormMessage state={messages.reopen.shown} />
      <form action={resolve} onSubmit={messages.resolve.onSubmit} className="space-y-2" key={`r${issue.version}`}>
        {hidden}
        <TextAreaField
          label="Resolution note"
          name="resolutionNote"
          required
          rows={3}
          hint="How was it solved? Others will look here when the same problem comes up."
          errors={resolveState?.status === "error" ? resolveState.fieldErrors?.resolutionNote : undefined}
        />
        <SubmitButton size="sm" pendingLabel="Resolving…">
          Resolve issue
        </SubmitButton>
        <FormMessage state={messages.resolve.shown?.status === "error" ? messages.resolve.shown : undefined} />
      </form>
      <div>
        <button type="button" className="text-sm font-medium text-red-800 underline" onClick={() => closeDialog.current?.showModal()}>
          Close without resolving…
        </button>
        <FormMessage state={messages.close.shown?.status === "error" ? messages.close.shown : undefined} />
        <dialog
          ref={closeDialog}
          aria-labelledby="close-title"
          className="m-auto w-full max-w-md rounded-lg border border-slate-300 p-0 shadow-xl backdrop:bg-slate-900/40"
        >
          <form
            action={close}
            className="space-y-4 p-5"
            onSubmit={() => {
              messages.close.onSubmit();
              closeDialog.current?.close();
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
              options={(["WONT_FIX", "DUPLICATE"] as const).map((r) => ({ value: r, label: CLOSE_REASON_LABELS[r] }))}
            />
            <TextField
              label="Note"
              name="closeNote"
              required
              minLength={3}
              hint="E.g. which issue it duplicates, or why it will not be fixed."
            />
            <div className="flex gap-2">
              <SubmitButton variant="danger" size="sm" pendingLabel="Closing…">
                Close issue
              </SubmitButton>
              <button
                type="button"
                className="rounded-md border border-slate-400 px-2.5 py-1 text-sm"
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
  const [state, action] = useActionState(textOnly ? editIssueTextAction : editIssueAction, undefined);
  useRefreshOnConflict(state);
  const message = useLatestMessage("edit", state, issue.version);
  const errors = state?.status === "error" ? state.fieldErrors : undefined;
  return (
    <details className="rounded-lg border border-slate-300 bg-white p-4">
      <summary className="cursor-pointer font-medium text-blue-900">{textOnly ? "Edit title and description" : "Edit issue"}</summary>
      <form action={action} onSubmit={message.onSubmit} className="mt-4 space-y-4" key={issue.version}>
        <input type="hidden" name="issueId" value={issue.id} />
        <input type="hidden" name="version" value={issue.version} />
        {textOnly ? (
          <>
            <TextField label="Title" name="title" required defaultValue={values.title} errors={errors?.title} />
            <TextAreaField
              label="Description"
              name="description"
              rows={6}
              defaultValue={values.description}
              errors={errors?.description}
              hint="Markdown is supported."
            />
          </>
        ) : (
          <IssueFields options={options} values={values} errors={errors} />
        )}
        <FormMessage state={message.shown} />
        <SubmitButton>Save changes</SubmitButton>
      </form>
    </details>
  );
}

export function CommentForm({ issueId }: { issueId: string }) {
  const [state, action] = useActionState(commentIssueAction, undefined);
  const message = useLatestMessage("comment", state);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.status === "success") form.current?.reset();
  }, [state]);
  return (
    <form ref={form} action={action} onSubmit={message.onSubmit} className="space-y-2">
      <input type="hidden" name="issueId" value={issueId} />
      <TextAreaField
        label="Add a comment"
        name="body"
        required
        rows={3}
        hint="Markdown is supported."
        errors={state?.status === "error" ? state.fieldErrors?.body : undefined}
      />
      <SubmitButton size="sm" pendingLabel="Posting…">
        Post comment
      </SubmitButton>
      <FormMessage state={message.shown} />
    </form>
  );
}
