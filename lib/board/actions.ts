"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorizeInProgramme, defineAction } from "@/lib/actions/action";
import { can } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { getIssueTarget } from "./data";
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
  STATUS_LABELS,
} from "./schema";

function revalidateBoard(programmeId: string) {
  revalidatePath(`/programmes/${programmeId}/board`, "layout");
}

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
  revalidateBoard(input.programmeId);
  redirect(`/programmes/${input.programmeId}/board/${issue.number}?created=1`);
});

export const moveIssueAction = defineAction(moveIssueSchema, async (user, input) => {
  const { issue } = await authorizeIssue(
    user,
    input.issueId,
    "board.move",
    "Only task-force members and the team leader can move cards on the board.",
  );
  const moved = await moveIssue(user.id, input);
  revalidateBoard(issue.programmeId);
  return { status: "success", message: `Moved #${moved.number} to ${STATUS_LABELS[moved.status]}, position ${moved.position + 1}.` };
});

export const editIssueAction = defineAction(editIssueSchema, async (user, input) => {
  const { issue } = await authorizeIssue(
    user,
    input.issueId,
    "board.edit",
    "Only task-force members and the team leader can change an issue's details.",
  );
  const { changed } = await editIssue(user.id, input);
  revalidateBoard(issue.programmeId);
  return { status: "success", message: changed.length ? "Issue updated." : "Nothing changed." };
});

export const editIssueTextAction = defineAction(editIssueTextSchema, async (user, input) => {
  const { issue } = await authorizeIssue(
    user,
    input.issueId,
    "board.editText",
    "Only the author, task-force members and the team leader can edit this issue's text.",
  );
  const { changed } = await editIssue(user.id, {
    issueId: input.issueId,
    version: input.version,
    title: input.title,
    description: input.description,
  });
  revalidateBoard(issue.programmeId);
  return { status: "success", message: changed.length ? "Issue text updated." : "Nothing changed." };
});

export const assignIssueAction = defineAction(assignIssueSchema, async (user, input) => {
  const { issue } = await authorizeIssue(
    user,
    input.issueId,
    "board.assign",
    "Only task-force members and the team leader can assign issues.",
  );
  await assignIssue(user.id, input);
  revalidateBoard(issue.programmeId);
  return { status: "success", message: input.assigneeId ? "Assignee changed." : "Issue unassigned." };
});

export const resolveIssueAction = defineAction(resolveIssueSchema, async (user, input) => {
  const { issue } = await authorizeIssue(
    user,
    input.issueId,
    "board.move",
    "Only task-force members and the team leader can resolve issues.",
  );
  await resolveIssue(user.id, input);
  revalidateBoard(issue.programmeId);
  return { status: "success", message: "Issue resolved." };
});

export const closeIssueAction = defineAction(closeIssueSchema, async (user, input) => {
  const { issue } = await authorizeIssue(
    user,
    input.issueId,
    "board.move",
    "Only task-force members and the team leader can close issues.",
  );
  await closeIssue(user.id, input);
  revalidateBoard(issue.programmeId);
  return { status: "success", message: "Issue closed." };
});

export const reopenIssueAction = defineAction(reopenIssueSchema, async (user, input) => {
  const { issue } = await authorizeIssue(
    user,
    input.issueId,
    "board.move",
    "Only task-force members and the team leader can reopen issues.",
  );
  await reopenIssue(user.id, input);
  revalidateBoard(issue.programmeId);
  return { status: "success", message: "Issue reopened: it is back in Open." };
});

export const commentIssueAction = defineAction(commentSchema, async (user, input) => {
  const { issue } = await authorizeIssue(user, input.issueId, "board.comment");
  await addComment(user.id, input);
  revalidateBoard(issue.programmeId);
  return { status: "success", message: "Comment added." };
});
