import "server-only";
import { cookies } from "next/headers";

// "Issue #N created and assigned to …" must describe the creation just made, once: not a query
// parameter that reappears on reload, back and every later action, and not today's assignee. The
// create action leaves a short-lived cookie naming the issue and the version it created; the issue
// page shows the message only while the issue is still at that version (nothing has happened since),
// with the assignee recorded in the creation event, and the browser deletes the cookie as soon as
// the message is shown (components/board/created-message.tsx). Without JavaScript the cookie simply
// expires. It holds two ids and no secret, so it is readable by the page's script.

export const CREATED_FLASH_COOKIE = "consort-issue-created";
const MAX_AGE_SECONDS = 60;

export function boardPath(programmeId: string) {
  return `/programmes/${programmeId}/board`;
}

export async function rememberCreatedIssue(programmeId: string, issue: { id: string; version: number }) {
  (await cookies()).set(CREATED_FLASH_COOKIE, `${issue.id}.${issue.version}`, {
    path: boardPath(programmeId),
    maxAge: MAX_AGE_SECONDS,
    sameSite: "lax",
    httpOnly: false,
  });
}

/** The token to show the creation message for, when the cookie names this issue at its current version. */
export async function createdFlashFor(issue: { id: string; version: number }): Promise<string | null> {
  const token = (await cookies()).get(CREATED_FLASH_COOKIE)?.value;
  return token === `${issue.id}.${issue.version}` ? token : null;
}
