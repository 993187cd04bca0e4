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
import { msg, type Message } from "@/lib/i18n/message";
import { findUnreachableMentions } from "@/lib/notifications/reach/data";

const MISSING_ISSUE = msg("board.errors.missingIssue");

function revalidateBoard(programmeId: string) {
  revalidatePath(boardPath(programmeId), "layout");
}

/** The parts every action on one existing issue shares: its row (programme, institution, author) and who may. */
const onIssue = (permission: ProgrammeAction, refusal: Message) => ({
  load: (input: { issueId: string }) => getIssueTarget(input.issueId),
  missing: MISSING_ISSUE,
  permission,
  refusal,
});

export const createIssueAction = defineProgrammeAction({
  schema: createIssueSchema,
  load: (input) => findProgrammeTarget(input.programmeId),
  missing: msg("board.errors.missingProgramme"),
  permission: "board.create",
  refusal: msg("board.refusals.create"),
  // Without board.assign the routing proposal decides; choosing someone (or nobody) needs the right.
  secondary: {
    "board.assign": {
      uses: (input) => input.assigneeId !== undefined,
      refusal: msg("board.refusals.chooseAssignee"),
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
  ...onIssue("board.move", msg("board.refusals.move")),
  handler: async ({ user, row, input }) => {
    const moved = await moveIssue(user.id, input);
    revalidateBoard(row.programmeId);
    // The issue number is an id ("#1234", never "#1,234"): said as text.
    const said = { number: String(moved.number), status: moved.status, position: moved.position + 1 };
    const message =
      moved.status === "CLOSED"
        ? msg("board.done.filedAway", { number: said.number })
        : moved.fromStatus === moved.status
          ? msg("board.done.reordered", said)
          : msg("board.done.moved", said);
    return { status: "success", message, data: { version: moved.version } };
  },
});

export const editIssueAction = defineProgrammeAction({
  schema: editIssueSchema,
  ...onIssue("board.edit", msg("board.refusals.edit")),
  handler: async ({ user, row, input }) => {
    const { changed, version } = await editIssue(user.id, input);
    revalidateBoard(row.programmeId);
    return { status: "success", message: changed.length ? msg("board.done.updated") : msg("board.done.nothingChanged"), data: { version } };
  },
});

export const editIssueTextAction = defineProgrammeAction({
  schema: editIssueTextSchema,
  ...onIssue("board.editText", msg("board.refusals.editText")),
  handler: async ({ user, row, input }) => {
    const { changed, version } = await editIssue(user.id, {
      issueId: input.issueId,
      version: input.version,
      title: input.title,
      description: input.description,
    });
    revalidateBoard(row.programmeId);
    return {
      status: "success",
      message: changed.length ? msg("board.done.textUpdated") : msg("board.done.nothingChanged"),
      data: { version },
    };
  },
});

export const assignIssueAction = defineProgrammeAction({
  schema: assignIssueSchema,
  ...onIssue("board.assign", msg("board.refusals.assign")),
  handler: async ({ user, row, input }) => {
    const { changed, version } = await assignIssue(user.id, input);
    revalidateBoard(row.programmeId);
    const message = !changed
      ? msg("board.done.sameAssignee")
      : input.assigneeId
        ? msg("board.done.assigneeChanged")
        : msg("board.done.unassigned");
    return { status: "success", message, data: { version } };
  },
});

export const resolveIssueAction = defineProgrammeAction({
  schema: resolveIssueSchema,
  ...onIssue("board.move", msg("board.refusals.resolve")),
  handler: async ({ user, row, input }) => {
    const { version } = await resolveIssue(user.id, input);
    revalidateBoard(row.programmeId);
    return { status: "success", message: msg("board.done.resolved"), data: { version } };
  },
});

export const closeIssueAction = defineProgrammeAction({
  schema: closeIssueSchema,
  ...onIssue("board.move", msg("board.refusals.close")),
  handler: async ({ user, row, input }) => {
    const { version } = await closeIssue(user.id, input);
    revalidateBoard(row.programmeId);
    return { status: "success", message: msg("board.done.closed", { reason: input.closeReason }), data: { version } };
  },
});

export const reopenIssueAction = defineProgrammeAction({
  schema: reopenIssueSchema,
  ...onIssue("board.move", msg("board.refusals.reopen")),
  handler: async ({ user, row, input }) => {
    const reopened = await reopenIssue(user.id, input);
    revalidateBoard(row.programmeId);
    return {
      status: "success",
      message: msg("board.done.reopened", { status: reopened.status }),
      data: { version: reopened.version },
    };
  },
});

export const commentIssueAction = defineProgrammeAction({
  schema: commentSchema,
  ...onIssue("board.comment", msg("board.refusals.comment")),
  handler: async ({ user, row, input }) => {
    // A mention of someone outside the programme notifies nobody: the person commenting is told whom.
    const unreachable = await findUnreachableMentions(row.programmeId, input.body);
    await addComment(user.id, input);
    revalidateBoard(row.programmeId);
    const message = unreachable.length
      ? msg("notifications.mentions.commented", { names: unreachable.map((m) => m.name).join(", ") })
      : msg("board.done.commented");
    return { status: "success", message };
  },
});
