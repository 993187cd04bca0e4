"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineProgrammeAction } from "@/lib/actions/define";
import type { ProgrammeAction } from "@/lib/auth/permissions";
import { findProgrammeTarget } from "@/lib/programmes/data";
import { getIssueTarget } from "./data";
import { boardPath, rememberCreatedIssue } from "./flash";
import { addComment, assignIssue, closeIssue, createIssue, editIssue, moveIssue, reopenIssue, resolveIssue } from "./mutations";
import {
  assignIssueSchema,
  closeIssueSchema,
  commentSchema,
  createIssueSchema,
  editIssueSchema,
  editIssueTextSchema,
  moveIssueSchema,
  reopenIssueSchema,
  resolveIssueSchema,
} from "./schema";
import { CLOSE_REASON_LABELS, STATUS_LABELS } from "./labels";

const MISSING_ISSUE = "That issue does not exist or you cannot see it.";

function revalidateBoard(programmeId: string) {
  revalidatePath(boardPath(programmeId), "layout");
}

/** The parts every action on one existing issue shares: its row (programme, institution, author) and who may. */
const onIssue = (permission: ProgrammeAction, refusal: string) => ({
  load: (input: { issueId: string }) => getIssueTarget(input.issueId),
  missing: MISSING_ISSUE,
  permission,
  refusal,
});

export const createIssueAction = defineProgrammeAction({
  schema: createIssueSchema,
  load: (input) => findProgrammeTarget(input.programmeId),
  missing: "This programme does not exist or you cannot see it.",
  permission: "board.create",
  refusal: "Only members of this programme can raise issues on its board.",
  // Without board.assign the routing proposal decides; choosing someone (or nobody) needs the right.
  secondary: {
    "board.assign": {
      uses: (input) => input.assigneeId !== undefined,
      refusal: "Only task-force members and the team leader choose an assignee. Leave Assignee empty: the routing proposes one.",
    },
  },
  handler: async ({ user, row, input }) => {
    const issue = await createIssue({ ...input, programmeId: row.programmeId, authorId: user.id });
    await rememberCreatedIssue(row.programmeId, issue);
    revalidateBoard(row.programmeId);
    redirect(`${boardPath(row.programmeId)}/${issue.number}`);
  },
});

export const moveIssueAction = defineProgrammeAction({
  schema: moveIssueSchema,
  ...onIssue("board.move", "Only task-force members and the team leader can move cards on the board."),
  handler: async ({ user, row, input }) => {
    const moved = await moveIssue(user.id, input);
    revalidateBoard(row.programmeId);
    const message =
      moved.status === "CLOSED"
        ? `Closed #${moved.number}: it keeps its resolution and now sits in Closed.`
        : moved.fromStatus === moved.status
          ? `Moved #${moved.number} to position ${moved.position + 1} in ${STATUS_LABELS[moved.status]}.`
          : `Moved #${moved.number} to ${STATUS_LABELS[moved.status]}, position ${moved.position + 1}.`;
    return { status: "success", message, data: { version: moved.version } };
  },
});

export const editIssueAction = defineProgrammeAction({
  schema: editIssueSchema,
  ...onIssue("board.edit", "Only task-force members and the team leader can change an issue's details."),
  handler: async ({ user, row, input }) => {
    const { changed, version } = await editIssue(user.id, input);
    revalidateBoard(row.programmeId);
    return { status: "success", message: changed.length ? "Issue updated." : "Nothing changed.", data: { version } };
  },
});

export const editIssueTextAction = defineProgrammeAction({
  schema: editIssueTextSchema,
  ...onIssue("board.editText", "Only the author, task-force members and the team leader can edit this issue's text."),
  handler: async ({ user, row, input }) => {
    const { changed, version } = await editIssue(user.id, {
      issueId: input.issueId,
      version: input.version,
      title: input.title,
      description: input.description,
    });
    revalidateBoard(row.programmeId);
    return { status: "success", message: changed.length ? "Issue text updated." : "Nothing changed.", data: { version } };
  },
});

export const assignIssueAction = defineProgrammeAction({
  schema: assignIssueSchema,
  ...onIssue("board.assign", "Only task-force members and the team leader can assign issues."),
  handler: async ({ user, row, input }) => {
    const { changed, version } = await assignIssue(user.id, input);
    revalidateBoard(row.programmeId);
    const message = !changed
      ? "Nothing changed: that is already the assignee."
      : input.assigneeId
        ? "Assignee changed."
        : "Issue unassigned.";
    return { status: "success", message, data: { version } };
  },
});

export const resolveIssueAction = defineProgrammeAction({
  schema: resolveIssueSchema,
  ...onIssue("board.move", "Only task-force members and the team leader can resolve issues."),
  handler: async ({ user, row, input }) => {
    const { version } = await resolveIssue(user.id, input);
    revalidateBoard(row.programmeId);
    return { status: "success", message: "Issue resolved. When nothing more is needed, close it to move it to Closed.", data: { version } };
  },
});

export const closeIssueAction = defineProgrammeAction({
  schema: closeIssueSchema,
  ...onIssue("board.move", "Only task-force members and the team leader can close issues."),
  handler: async ({ user, row, input }) => {
    const { version } = await closeIssue(user.id, input);
    revalidateBoard(row.programmeId);
    return { status: "success", message: `Issue closed as ${CLOSE_REASON_LABELS[input.closeReason]}.`, data: { version } };
  },
});

export const reopenIssueAction = defineProgrammeAction({
  schema: reopenIssueSchema,
  ...onIssue("board.move", "Only task-force members and the team leader can reopen issues."),
  handler: async ({ user, row, input }) => {
    const reopened = await reopenIssue(user.id, input);
    revalidateBoard(row.programmeId);
    return {
      status: "success",
      message: `Issue reopened: it is back in ${STATUS_LABELS[reopened.status]}.`,
      data: { version: reopened.version },
    };
  },
});

export const commentIssueAction = defineProgrammeAction({
  schema: commentSchema,
  ...onIssue("board.comment", "Only members of this programme can comment on its issues."),
  handler: async ({ user, row, input }) => {
    await addComment(user.id, input);
    revalidateBoard(row.programmeId);
    return { status: "success", message: "Comment added." };
  },
});
