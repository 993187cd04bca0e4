import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { inEnglish } from "@/tests/support/english";
import { answerOversizedPost, OVERSIZED_UPLOAD_FLAG, refusedUploadMessage } from "./oversized-post";
import { MAX_SUBMISSION_BYTES } from "./file-types";

const post = (headers: Record<string, string>) =>
  new NextRequest("http://localhost/programmes/p/advice/new?engagement=e", {
    method: "POST",
    headers: { "content-length": String(MAX_SUBMISSION_BYTES + 1), ...headers },
  });

describe("a form post too large to read", () => {
  it("sends a plain post back to its form, which says why in the reader's language", () => {
    const answer = answerOversizedPost(post({}));
    expect(answer?.status).toBe(303);
    const back = new URL(answer!.headers.get("location")!);
    const message = refusedUploadMessage(Object.fromEntries(back.searchParams));
    expect(message && inEnglish(message)).toBe(
      "Nothing was saved: the files you chose add up to more than one form can send (101.0 MB). Attach at most 10 files of at most 10 MB (10,485,760 bytes) each, then fill in the form again.",
    );
    expect(refusedUploadMessage({ engagement: "e" })).toBeUndefined();
    expect(back.searchParams.has(OVERSIZED_UPLOAD_FLAG)).toBe(true);
  });

  it("answers a React post (before anyone is known) with the same words in English", async () => {
    const answer = answerOversizedPost(post({ "next-action": "abc" }));
    expect(answer?.status).toBe(413);
    expect(await answer!.text()).toBe(inEnglish(refusedUploadMessage({ [OVERSIZED_UPLOAD_FLAG]: "too-large" })!));
  });

  it("lets posts within the limit through", () => {
    expect(answerOversizedPost(new NextRequest("http://localhost/", { method: "POST", headers: { "content-length": "10" } }))).toBeNull();
  });
});
