// The board's writes, by concern: creating an issue (create.ts), moving it through the columns
// (status.ts), editing, assigning and commenting (edit.ts); the row locks (issue-rows.ts), the history
// every change leaves (history.ts) and the order of cards in a column (positions.ts) behind them.
export { createIssue, createIssueInTx, type CreateIssueData } from "./create";
export { closeIssue, moveIssue, reopenIssue, resolveIssue } from "./status";
export { addComment, assignIssue, editIssue } from "./edit";
