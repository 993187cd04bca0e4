// A form post larger than Next.js accepts (next.config.js: MAX_SUBMISSION_BYTES) would reach the
// server action as a cut body and fail as a 500 "could not show this page". Only the advice forms
// carry files, so the proxy answers such posts here, before Next.js reads them: a plain form post
// goes back to its form, which says why; a React post (its browser check was bypassed) gets the
// reason as text, which Next.js's client raises as the error.
import { NextResponse, type NextRequest } from "next/server";
import { msg, type Message } from "@/lib/i18n/message";
import { ATTACHMENT_LIMIT_VALUES, MAX_ATTACHMENTS_PER_REQUEST, MAX_SUBMISSION_BYTES, sizeValues } from "./file-types";

/** The query flag the advice forms read to show the message below. */
export const OVERSIZED_UPLOAD_FLAG = "upload";
const OVERSIZED_UPLOAD_VALUE = "too-large";

/** Why the form came back: said by the form's page, in the reader's language. */
const OVERSIZED_UPLOAD: Message = msg("advice.errors.oversizedUpload", {
  total: sizeValues(MAX_SUBMISSION_BYTES).size,
  max: MAX_ATTACHMENTS_PER_REQUEST,
  ...ATTACHMENT_LIMIT_VALUES,
});

// The proxy runs before Next.js knows the reader (their language is stored on them, in the database),
// so a React post whose browser check was bypassed is answered in English, in the words
// advice.errors.oversizedUpload has in English (oversized-post.test.ts holds them together).
const OVERSIZED_UPLOAD_TEXT =
  `Nothing was saved: the files you chose add up to more than one form can send (${(MAX_SUBMISSION_BYTES / 1024 / 1024).toFixed(1)} MB). ` +
  `Attach at most ${MAX_ATTACHMENTS_PER_REQUEST} files of at most ${ATTACHMENT_LIMIT_VALUES.maxMb} MB ` +
  `(${ATTACHMENT_LIMIT_VALUES.maxBytes.toLocaleString("en")} bytes) each, then fill in the form again.`;

export function answerOversizedPost(request: NextRequest): NextResponse | null {
  if (request.method !== "POST") return null;
  const length = Number(request.headers.get("content-length") ?? 0);
  if (!(length > MAX_SUBMISSION_BYTES)) return null;
  if (request.headers.has("next-action")) {
    return new NextResponse(OVERSIZED_UPLOAD_TEXT, { status: 413, headers: { "Content-Type": "text/plain" } });
  }
  const back = request.nextUrl.clone();
  back.searchParams.set(OVERSIZED_UPLOAD_FLAG, OVERSIZED_UPLOAD_VALUE);
  return NextResponse.redirect(back, 303);
}

/** The message for the form page the proxy sent a too-large plain post back to, if it did. */
export function refusedUploadMessage(query: Record<string, string | string[] | undefined>): Message | undefined {
  return query[OVERSIZED_UPLOAD_FLAG] === OVERSIZED_UPLOAD_VALUE ? OVERSIZED_UPLOAD : undefined;
}
