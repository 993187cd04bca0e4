"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorizeInProgramme, defineAction } from "@/lib/actions/action";
import { can } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
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
  CLOSE_REASON_LABELS,
  STATUS_LABELS,
} from "./schema";

function revalidateBoard(programmeId: string) {
  revalidatePath(boardPath(programmeId), "layout");
}

/** Issue forms show a success message only while the issue is still at the version the action produced. */
type Saved = { version: number };

/** Loads the issue from the database and checks the user's right on it (non-members: not found). */
async function authorizeIssue(
  user: { id: string; isPlatformAdmin: boolean } & Parameters<typeof authorizeInProgramme>[0],
  issueId: string,
  action: Parameters<typeof authorizeInProgramme>[2],
  refusal?: string,
) {
  const issue = await getIssueTarget(issueId);
  if (!issue) throw notFound("That issue does not exist or you cannot see it.");
  const actor = await authorizeInProgramme(
    user,
    issue.programmeId,
    action,
    { institutionId: issue.institutionId, authorId: issue.authorId },
    refusal,
  );
  return { issue, actor };
}

export const createIssueAction = defineAction(createIssueSchema, async (user, input) => {
  const actor = await authorizeInProgramme(user, input.programmeId, "board.create");
  // Only those who may assign choose an assignee; everybody else gets the routing proposal.
  const assigneeId = can(actor, "board.assign") ? input.assigneeId : undefined;
  const issue = await createIssue({ ...input, authorId: user.id, assigneeId });
  await rememberCreatedIssue(input.programmeId, issue);
  revalidateBoard(input.programmeId);
  redirect(`${boardPath(input.programmeId)}/${issue.number}`);
});

export const moveIssueAction = defineAction<typeof moveIssueSchema, Saved>(moveIssueSchema, async (user, input) => {
  const { issue } = await authorizeIssue(
    user,
    input.issueId,
    "board.move",
    "Only task-force members and the team leader can move cards on the board.",
  );
  const moved = await moveIssue(user.id, input);
  revalidateBoard(issue.programmeId);
  const message =
    moved.status === "CLOSED"
      ? `Closed #${moved.number}: it keeps its resolution and now sits in Closed.`
      : moved.fromStatus === moved.status
        ? `Moved #${moved.number} to position ${moved.position + 1} in ${STATUS_LABELS[moved.status]}.`
        : `Moved #${moved.number} to ${STATUS_LABELS[moved.status]}, position ${moved.position + 1}.`;
  return { status: "success", message, data: { version: moved.version } };
});

export const editIssueAction = defineAction<typeof editIssueSchema, Saved>(editIssueSchema, async (user, input) => {
  const { issue } = await authorizeIssue(
    user,
    input.issueId,
    "board.edit",
    "Only task-force members and the team leader can change an issue's details.",
  );
  const { changed, version } = await editIssue(user.id, input);
  revalidateBoard(issue.programmeId);
  return { status: "success", message: changed.length ? "Issue updated." : "Nothing changed.", data: { version } };
});

export const editIssueTextAction = defineAction<typeof editIssueTextSchema, Saved>(editIssueTextSchema, async (user, input) => {
  const { issue } = await authorizeIssue(
    user,
    input.issueId,
    "board.editText",
    "Only the author, task-force members and the team leader can edit this issue's text.",
  );
  const { changed, version } = await editIssue(user.id, {
    issueId: input.issueId,
    version: input.version,
    title: input.title,
    description: input.description,
  });
  revalidateBoard(issue.programmeId);
  return { status: "success", message: changed.length ? "Issue text updated." : "Nothing changed.", data: { version } };
});

export const assignIssueAction = defineAction<typeof assignIssueSchema, Saved>(assignIssueSchema, async (user, input) => {
  const { issue } = await authorizeIssue(
    user,
    input.issueId,
    "board.assign",
    "Only task-force members and the team leader can assign issues.",
  );
  const { changed, version } = await assignIssue(user.id, input);
  revalidateBoard(issue.programmeId);
  const message = !changed
    ? "Nothing changed: that is already the assignee."
    : input.assigneeId
      ? "Assignee changed."
      : "Issue unassigned.";
  return { status: "success", message, data: { version } };
});

export const resolveIssueAction = defineAction<typeof resolveIssueSchema, Saved>(resolveIssueSchema, async (user, input) => {
  const { issue } = await authorizeIssue(
    user,
    input.issueId,
    "board.move",
    "Only task-force members and the team leader can resolve issues.",
  );
  const { version } = await resolveIssue(user.id, input);
  revalidateBoard(issue.programmeId);
  return { status: "success", message: "Issue resolved. When nothing more is needed, close it to move it to Closed.", data: { version } };
});

export const closeIssueAction = defineAction<typeof closeIssueSchema, Saved>(closeIssueSchema, async (user, input) => {
  const { issue } = await authorizeIssue(
    user,
    input.issueId,
    "board.move",
    "Only task-force members and the team leader can close issues.",
  );
  const { version } = await closeIssue(user.id, input);
  revalidateBoard(issue.programmeId);
  return { status: "success", message: `Issue closed as ${CLOSE_REASON_LABELS[input.closeReason]}.`, data: { version } };
});

export const reopenIssueAction = defineAction<typeof reopenIssueSchema, Saved>(reopenIssueSchema, async (user, input) => {
  const { issue } = await authorizeIssue(
    user,
    input.issueId,
    "board.move",
    "Only task-force members and the team leader can reopen issues.",
  );
  const reopened = await reopenIssue(user.id, input);
  revalidateBoard(issue.programmeId);
  return {
    status: "success",
    message: `Issue reopened: it is back in ${STATUS_LABELS[reopened.status]}.`,
    data: { version: reopened.version },
  };
});

export const commentIssueAction = defineAction(commentSchema, async (user, input) => {
  const { issue } = await authorizeIssue(user, input.issueId, "board.comment");
  await addComment(user.id, input);
  revalidateBoard(issue.programmeId);
  return { status: "success", message: "Comment added." };
});
