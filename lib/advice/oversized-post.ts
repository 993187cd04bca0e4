// A form post larger than Next.js accepts (next.config.js: MAX_SUBMISSION_BYTES) would reach the
// server action as a cut body and fail as a 500 "could not show this page". Only the advice forms
// carry files, so the proxy answers such posts here, before Next.js reads them: a plain form post
// goes back to its form, which says why; a React post (its browser check was bypassed) gets the
// reason as text, which Next.js's client raises as the error.
import { NextResponse, type NextRequest } from "next/server";
import { formatBytes, MAX_ATTACHMENT_TEXT, MAX_ATTACHMENTS_PER_REQUEST, MAX_SUBMISSION_BYTES } from "./file-types";

/** The query flag the advice forms read to show the message below. */
export const OVERSIZED_UPLOAD_FLAG = "upload";
const OVERSIZED_UPLOAD_VALUE = "too-large";

const OVERSIZED_UPLOAD_MESSAGE =
  `Nothing was saved: the files you chose add up to more than one form can send (${formatBytes(MAX_SUBMISSION_BYTES)}). ` +
  `Attach at most ${MAX_ATTACHMENTS_PER_REQUEST} files of at most ${MAX_ATTACHMENT_TEXT} each, then fill in the form again.`;

export function answerOversizedPost(request: NextRequest): NextResponse | null {
  if (request.method !== "POST") return null;
  const length = Number(request.headers.get("content-length") ?? 0);
  if (!(length > MAX_SUBMISSION_BYTES)) return null;
  if (request.headers.has("next-action")) {
    return new NextResponse(OVERSIZED_UPLOAD_MESSAGE, { status: 413, headers: { "Content-Type": "text/plain" } });
  }
  const back = request.nextUrl.clone();
  back.searchParams.set(OVERSIZED_UPLOAD_FLAG, OVERSIZED_UPLOAD_VALUE);
  return NextResponse.redirect(back, 303);
}

/** The message for the form page the proxy sent a too-large plain post back to, if it did. */
export function refusedUploadMessage(query: Record<string, string | string[] | undefined>): string | undefined {
  return query[OVERSIZED_UPLOAD_FLAG] === OVERSIZED_UPLOAD_VALUE ? OVERSIZED_UPLOAD_MESSAGE : undefined;
}
