import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { SAMPLE_FILES } from "@/tests/support/sample-files";
import { editAdviceSchema, isNoFileChosen, logAdviceSchema } from "./schema";

// What reaches a server action for a file input left empty depends on how the form was posted.
// These tests build those parts with the same decoders Next.js uses, rather than guessing them.

type Part = { name: string; size: number; type: string };

/** Chromium's body for a plain (no-JavaScript) form post with an empty file input. */
function browserMultipart(boundary: string) {
  return [
    `--${boundary}`,
    'Content-Disposition: form-data; name="summary"',
    "",
    "Both logos on the certificate",
    `--${boundary}`,
    'Content-Disposition: form-data; name="attachments"; filename=""',
    "Content-Type: application/octet-stream",
    "",
    "",
    `--${boundary}--`,
    "",
  ].join("\r\n");
}

/** A plain form post: Next.js parses it with the platform's Request.formData(). */
async function partsOfPlainFormPost(): Promise<Part[]> {
  const boundary = "----WebKitFormBoundary7MA4YWxkTrZu0gW";
  const request = new Request("http://localhost/", {
    method: "POST",
    headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` },
    body: browserMultipart(boundary),
  });
  const form = await request.formData();
  return form.getAll("attachments").map((f) => ({ name: (f as File).name, size: (f as File).size, type: (f as File).type }));
}

/**
 * A form posted by React (JavaScript on): the client encodes the form's FormData with
 * encodeReply, Next.js decodes it with busboy and decodeReplyFromBusboy. Those run only under the
 * "react-server" condition, hence a child process.
 */
function partsOfReactFormPost(): Part[] {
  const script = `
    const { createRequire } = require("node:module");
    const load = createRequire(${JSON.stringify(`${process.cwd()}/package.json`)});
    const client = load("next/dist/compiled/react-server-dom-webpack/client.node");
    const server = load("next/dist/compiled/react-server-dom-webpack/server.node");
    (async () => {
      const form = new FormData();
      form.append("summary", "Both logos on the certificate");
      form.append("attachments", new File([], "", { type: "application/octet-stream" })); // what an empty input gives
      const body = new Response(await client.encodeReply([{ status: "idle" }, form]));
      const busboy = load("next/dist/compiled/busboy")({ headers: { "content-type": body.headers.get("content-type") }, defParamCharset: "utf8" });
      const decoded = server.decodeReplyFromBusboy(busboy, {}, {});
      busboy.end(Buffer.from(await body.arrayBuffer()));
      const [, received] = await decoded;
      process.stdout.write(JSON.stringify(received.getAll("attachments").map((f) => ({ name: f.name, size: f.size, type: f.type }))));
    })();
  `;
  const out = execFileSync(process.execPath, ["--conditions=react-server", "-e", script], {
    encoding: "utf8",
    env: { ...process.env, NODE_ENV: "production" },
  });
  return JSON.parse(out) as Part[];
}

const toFile = (part: Part) => new File([new Uint8Array(part.size)], part.name, { type: part.type });

const logFields = {
  engagementId: "cengagement0001",
  givenOn: "2026-11-20",
  givenByName: "Álvaro Ruiz",
  summary: "Both logos on the certificate",
  kind: "REQUIREMENT",
};
const editFields = { ...logFields, adviceId: "cadvice0001", version: "3" };

describe("an empty file input is no attachment", () => {
  it("a plain form post sends a nameless 0-byte part", async () => {
    const parts = await partsOfPlainFormPost();
    expect(parts).toEqual([{ name: "", size: 0, type: "application/octet-stream" }]);
    const parsed = logAdviceSchema.parse({ ...logFields, attachments: parts.map(toFile)[0] });
    expect(parsed.attachments).toEqual([]);
  });

  it('a form posted by React sends a 0-byte part named "undefined" — also no attachment', () => {
    const parts = partsOfReactFormPost();
    expect(parts).toEqual([{ name: "undefined", size: 0, type: "application/octet-stream" }]);
    expect(logAdviceSchema.parse({ ...logFields, attachments: parts.map(toFile)[0] }).attachments).toEqual([]);
    expect(editAdviceSchema.parse({ ...editFields, attachments: parts.map(toFile)[0] }).attachments).toEqual([]);
  }, 30_000);

  it("keeps real files, including a named empty one (refused later as empty) and one really called “undefined”", () => {
    const pdf = new File([SAMPLE_FILES.pdf], "Acta de la reunión.pdf", { type: "application/pdf" });
    const namedEmpty = new File([], "notes.txt", { type: "text/plain" });
    const calledUndefined = new File([SAMPLE_FILES.pdf], "undefined", { type: "application/pdf" });
    const parsed = logAdviceSchema.parse({ ...logFields, attachments: [pdf, namedEmpty, calledUndefined] });
    expect(parsed.attachments.map((f) => f.name)).toEqual(["Acta de la reunión.pdf", "notes.txt", "undefined"]);
  });

  it("drops only the empty parts when files and an empty input come together, and treats a missing field as none", () => {
    const pdf = new File([SAMPLE_FILES.pdf], "letter.pdf", { type: "application/pdf" });
    const parsed = editAdviceSchema.parse({ ...editFields, attachments: [new File([], "undefined"), pdf, new File([], "")] });
    expect(parsed.attachments.map((f) => f.name)).toEqual(["letter.pdf"]);
    expect(editAdviceSchema.parse(editFields).attachments).toEqual([]);
  });

  it("isNoFileChosen: 0 bytes and no name (or the name “undefined”) only", () => {
    expect(isNoFileChosen(new File([], ""))).toBe(true);
    expect(isNoFileChosen(new File([], "undefined"))).toBe(true);
    expect(isNoFileChosen(new File([], "notes.txt"))).toBe(false);
    expect(isNoFileChosen(new File(["x"], ""))).toBe(false);
  });
});
