// Upload limits through the real advice actions: oversized, mislabelled and too many files are
// refused with a message saying what to do, and nothing at all is stored (no entry, no attachment).
import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createWorld, findEngagement, logAdviceEntry, type World } from "@/tests/factories";
import { db, resetDatabase } from "@/tests/support/database";
import { callAction, databaseDigest, describeOutcome, type Outcome } from "@/tests/support/action-harness";
import { FUZZ_OPTIONS, FUZZ_RUNS, FUZZ_TEST_TIMEOUT_MS } from "@/tests/support/fuzz";
import { SAMPLE_FILES } from "@/tests/support/sample-files";
import { watchRowWrites, type RowWrites } from "@/tests/support/row-writes";
import { takeSnapshot, type Snapshot } from "@/tests/support/snapshot";
import { editAdviceAction, logAdviceAction } from "@/lib/advice/actions";
import { cleanFileName, detectFileType, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_REQUEST } from "@/lib/advice/file-types";
import { isNoFileChosen } from "@/lib/advice/schema";

vi.mock("@/lib/auth/session", () => import("@/tests/support/session-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

let world: World;
let snapshot: Snapshot;
let rowWrites: RowWrites;
let engagementId: string;
let advice: { id: string; version: number };

beforeAll(async () => {
  await resetDatabase();
  world = await createWorld();
  engagementId = (await findEngagement(world.programme.id, world.partnerA.id, "LEGAL")).id;
  const entry = await logAdviceEntry({
    engagementId,
    authorId: world.staffA.id,
    givenDaysAgo: 2,
    givenByName: "Dr. Registrar",
    summary: "Both logos",
    kind: "REQUIREMENT",
  });
  advice = { id: entry.id, version: entry.version };
  snapshot = await takeSnapshot("uploads");
  rowWrites = await watchRowWrites();
});
afterAll(async () => {
  await rowWrites.stop();
  await snapshot.drop();
});
beforeEach(() => snapshot.restore());

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

function logForm(files: File[]): FormData {
  const form = new FormData();
  form.set("engagementId", engagementId);
  form.set("givenOn", yesterday());
  form.set("givenByName", "Dr. Registrar");
  form.set("summary", "Joint diploma allowed");
  form.set("kind", "DECISION");
  for (const file of files) form.append("attachments", file);
  return form;
}

function editForm(files: File[]): FormData {
  const form = new FormData();
  form.set("adviceId", advice.id);
  form.set("version", String(advice.version));
  form.set("givenOn", yesterday());
  form.set("givenByName", "Dr. Registrar");
  form.set("summary", "Both logos, and the seal");
  form.set("kind", "REQUIREMENT");
  for (const file of files) form.append("attachments", file);
  return form;
}

const file = (bytes: Uint8Array, name: string, type: string) => new File([new Uint8Array(bytes)], name, { type });

/** Refused with the attachment field's own message (what the form shows under the file input), nothing stored. */
async function expectRefusedWithNothingStored(form: FormData, pattern: RegExp) {
  const before = await databaseDigest();
  const outcome: Outcome = await callAction(form.has("adviceId") ? editAdviceAction : logAdviceAction, form, world.staffA);
  expect(outcome.type === "state" && outcome.state.status === "error" && outcome.state.kind === "invalid", describeOutcome(outcome)).toBe(
    true,
  );
  expect(outcome.type === "state" ? outcome.state.message : "").toMatch(/^Nothing was saved/);
  expect(outcome.type === "state" ? outcome.state.fieldErrors?.attachments?.join(" ") : "").toMatch(pattern);
  expect(await databaseDigest()).toBe(before);
}

const pdfOfSize = (size: number) => {
  const bytes = new Uint8Array(size);
  bytes.set(SAMPLE_FILES.pdf);
  return bytes;
};

describe("advice attachments: upload limits", () => {
  it("accepts a real PDF (the harness can store files at all)", async () => {
    const outcome = await callAction(logAdviceAction, logForm([file(SAMPLE_FILES.pdf, "letter.pdf", "application/pdf")]), world.staffA);
    expect(outcome.type, describeOutcome(outcome)).toBe("redirect");
    expect(await db.attachment.count()).toBe(1);
  });

  it("accepts a file of exactly 10 MiB and refuses 10 MiB + 1 byte, on logging and on editing", async () => {
    const big = pdfOfSize(MAX_ATTACHMENT_BYTES + 1);
    const exact = /"scan.pdf" is too large \(10,485,761 bytes\)\. Each attachment can be at most 10 MB \(10,485,760 bytes\)/;
    await expectRefusedWithNothingStored(logForm([file(big, "scan.pdf", "application/pdf")]), exact);
    await expectRefusedWithNothingStored(editForm([file(big, "scan.pdf", "application/pdf")]), exact);
    const outcome = await callAction(
      logAdviceAction,
      logForm([file(pdfOfSize(MAX_ATTACHMENT_BYTES), "scan.pdf", "application/pdf")]),
      world.staffA,
    );
    expect(outcome.type, describeOutcome(outcome)).toBe("redirect");
    expect((await db.attachment.findFirstOrThrow()).size).toBe(MAX_ATTACHMENT_BYTES);
  });

  it("a no-file submission (the parts browsers send for an empty input) logs and edits with no attachment", async () => {
    for (const empty of [
      new File([], "", { type: "application/octet-stream" }),
      new File([], "undefined", { type: "application/octet-stream" }),
    ]) {
      expect((await callAction(logAdviceAction, logForm([empty]), world.staffA)).type).toBe("redirect");
      expect((await callAction(editAdviceAction, editForm([empty]), world.staffA)).type).toBe("redirect");
      expect(await db.attachment.count()).toBe(0);
      await snapshot.restore();
    }
  });

  it("refuses mislabelled files: the type comes from the content, not the name or the browser's label", async () => {
    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    for (const bad of [
      file(SAMPLE_FILES.exe, "minutes.pdf", "application/pdf"),
      file(html, "photo.png", "image/png"),
      file(svg, "logo.png", "image/png"),
      file(
        new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0, 1, 2]),
        "report.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      ),
    ]) {
      await expectRefusedWithNothingStored(
        logForm([file(SAMPLE_FILES.pdf, "ok.pdf", "application/pdf"), bad]),
        /not a type of file we accept/,
      );
      await expectRefusedWithNothingStored(editForm([bad]), /not a type of file we accept/);
    }
  });

  it(`refuses more than ${MAX_ATTACHMENTS_PER_REQUEST} files at once`, async () => {
    const files = Array.from({ length: MAX_ATTACHMENTS_PER_REQUEST + 1 }, (_, i) => file(SAMPLE_FILES.png, `p${i}.png`, "image/png"));
    await expectRefusedWithNothingStored(logForm(files), /You chose 11 files; attach at most 10 at a time/);
  });

  it("stores a real image labelled as PDF with its real type", async () => {
    const outcome = await callAction(logAdviceAction, logForm([file(SAMPLE_FILES.png, "scan.pdf", "application/pdf")]), world.staffA);
    expect(outcome.type, describeOutcome(outcome)).toBe("redirect");
    const stored = await db.attachment.findFirstOrThrow();
    expect(stored.mimeType).toBe("image/png");
  });

  it(
    `property (${FUZZ_RUNS} runs): any bytes, name and label → refused with nothing stored, or stored with the detected type and a safe name`,
    async () => {
      const samples = Object.values(SAMPLE_FILES);
      const bytes = fc.oneof(
        fc.uint8Array({ maxLength: 2048 }),
        fc.tuple(fc.constantFrom(...samples), fc.uint8Array({ maxLength: 256 })).map(([head, tail]) => new Uint8Array([...head, ...tail])),
      );
      const name = fc.oneof(
        fc.string({ unit: "binary", maxLength: 300 }),
        fc.constantFrom(
          "../../etc/passwd",
          "a\u0000b.pdf",
          "\u202Efdp.exe",
          "C:\\evil\\x.pdf",
          "",
          ".",
          "..",
          "undefined",
          "notes.eml",
          "data.csv",
        ),
      );
      const label = fc.constantFrom("application/pdf", "image/png", "text/html", "application/x-msdownload", "", "image/svg+xml");
      await fc.assert(
        fc.asyncProperty(bytes, name, label, async (content, fileName, type) => {
          const before = await rowWrites.count();
          const outcome = await callAction(logAdviceAction, logForm([file(content, fileName, type)]), world.staffA);
          if (outcome.type === "redirect") {
            const stored = await db.attachment.findFirst();
            await snapshot.restore();
            // An empty, nameless file is what a form sends when no file was chosen: no attachment.
            if (isNoFileChosen(new File([new Uint8Array(content)], fileName))) {
              expect(stored).toBeNull();
              return;
            }
            if (!stored) throw new Error("the entry was logged but its attachment is missing");
            expect(stored.mimeType).toBe(detectFileType(content, cleanFileName(fileName, "file"))?.mimeType);
            // eslint-disable-next-line no-control-regex -- checking for control characters is the point
            expect(stored.fileName).not.toMatch(/[\u0000-\u001f\u007f/\\]/);
            return;
          }
          expect(
            outcome.type === "state" && outcome.state.status === "error" && outcome.state.kind === "invalid",
            describeOutcome(outcome),
          ).toBe(true);
          expect(await rowWrites.count()).toBe(before);
        }),
        FUZZ_OPTIONS,
      );
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});
