// Authorization matrix for pages and route handlers, generated from the app/ tree: every page under
// a programme must itself refuse outsiders with a 404 and send anonymous visitors to /login (layouts
// do not re-render on client navigation, so a page cannot lean on its layout's check). Admin pages
// must refuse everyone but platform admins the same way.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createHash } from "node:crypto";
import {
  createBoardIssue,
  createDecision,
  createObstacle,
  createWorld,
  findEngagement,
  logAdviceEntry,
  type World,
} from "@/tests/factories";
import { db, resetDatabase, tableFingerprint } from "@/tests/support/database";
import { classifyThrow, describeOutcome, renderPage, type Outcome } from "@/tests/support/action-harness";
import { actAs } from "@/tests/support/session-mock";
import { SAMPLE_FILES } from "@/tests/support/sample-files";

vi.mock("@/lib/auth/session", () => import("@/tests/support/session-mock"));
vi.mock("@/lib/auth/auth", () => import("@/tests/support/auth-mock"));
vi.mock("next-auth", () => import("@/tests/support/next-auth-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const pages = import.meta.glob<{ default: unknown }>("/app/**/page.tsx");
const routes = import.meta.glob<Record<string, unknown>>("/app/**/route.ts");

let world: World;
let params: Record<string, string>;

beforeAll(async () => {
  await resetDatabase();
  world = await createWorld();
  const engagement = await findEngagement(world.programme.id, world.partnerA.id, "LEGAL");
  const advice = await logAdviceEntry({
    engagementId: engagement.id,
    authorId: world.staffA.id,
    givenDaysAgo: 2,
    givenByName: "Dr. Registrar",
    summary: "Both logos",
    kind: "REQUIREMENT",
  });
  const content = SAMPLE_FILES.pdf;
  const attachment = await db.attachment.create({
    data: {
      adviceId: advice.id,
      fileName: "letter.pdf",
      mimeType: "application/pdf",
      size: content.length,
      sha256: createHash("sha256").update(content).digest("hex"),
      content,
      uploadedById: world.staffA.id,
    },
  });
  const issue = await createBoardIssue({
    programmeId: world.programme.id,
    authorId: world.staffA.id,
    createdDaysAgo: 1,
    title: "Grading scale",
  });
  const email = await db.emailMessage.create({
    data: {
      key: "authorization-pages",
      toAddress: world.staffA.email,
      subject: "Hello",
      text: "Hello",
      html: "<p>Hello</p>",
      transport: "outbox",
      sentAt: new Date(),
    },
    select: { id: true },
  });
  const provider = await db.identityProvider.create({
    data: {
      slug: "authorization-pages",
      displayName: "Test provider",
      issuer: "http://localhost:1",
      clientId: "c",
      clientSecretSealed: "v1.x.y.z",
      domains: ["uni-a.example"],
    },
    select: { id: true },
  });
  const decision = await createDecision({ programmeId: world.programme.id, authorId: world.leader.id });
  const version = await db.decisionVersion.findFirstOrThrow({ where: { decisionId: decision.id }, select: { id: true } });
  const decisionAttachment = await db.decisionAttachment.create({
    data: {
      versionId: version.id,
      fileName: "platform.pdf",
      mimeType: "application/pdf",
      size: content.length,
      sha256: createHash("sha256").update(content).digest("hex"),
      content,
      uploadedById: world.leader.id,
    },
    select: { id: true },
  });
  const obstacle = await createObstacle({ programmeId: world.programme.id, authorId: world.leader.id, institutionId: world.partnerA.id });
  params = {
    stepNumber: "5",
    decisionNumber: String(decision.number),
    decisionAttachmentId: decisionAttachment.id,
    obstacleNumber: String(obstacle.number),
    providerId: provider.id,
    messageId: email.id,
    programmeId: world.programme.id,
    engagementId: engagement.id,
    adviceId: advice.id,
    issueNumber: String(issue.number),
    attachmentId: attachment.id,
    institutionId: world.partnerA.id,
    userId: world.staffA.id,
  };
});

/** /app/(app)/programmes/[programmeId]/advice/page.tsx → the dynamic segment names it needs. */
const segmentsOf = (file: string) => [...file.matchAll(/\[(?:\.\.\.)?(\w+)\]/g)].map((m) => m[1]!);
const paramsFor = (file: string) => Object.fromEntries(segmentsOf(file).map((name) => [name, params[name] ?? "unknown"]));

const programmePages = Object.keys(pages).filter((file) => file.includes("/programmes/[programmeId]/"));
const adminPages = Object.keys(pages).filter((file) => file.includes("/(app)/admin/"));
/** Pages for any signed-in person (they show only the reader's own things). */
const SIGNED_IN_PAGES = [
  "/app/(app)/programmes/page.tsx",
  "/app/(app)/programmes/new/page.tsx",
  "/app/(app)/invitations/page.tsx",
  "/app/(app)/invitations/[invitationId]/page.tsx",
  "/app/(app)/account/page.tsx",
  "/app/(app)/account/notifications/page.tsx",
  "/app/(app)/notifications/page.tsx",
  "/app/bench/baseline/page.tsx",
];
/** Pages for everyone (the pages of e-mailed links act only on what their token proves). */
const PUBLIC_PAGES = [
  "/app/page.tsx",
  "/app/(auth)/login/page.tsx",
  "/app/unsubscribe/[token]/confirm/page.tsx",
  "/app/(auth)/forgot-password/page.tsx",
  "/app/(auth)/reset-password/[token]/page.tsx",
  "/app/(auth)/welcome/[token]/page.tsx",
  // Single sign-on: choosing an institution, a refusal's explanation, the signed hand-off to a provider.
  "/app/(auth)/login/institution/page.tsx",
  "/app/(auth)/login/refused/page.tsx",
  "/app/(auth)/continue/page.tsx",
];
/** Route handlers for everyone (Auth.js's own endpoints, the health check). */
const PUBLIC_ROUTES = ["/app/api/auth/[...nextauth]/route.ts", "/app/api/health/route.ts", "/app/unsubscribe/[token]/route.ts"];

describe("authorization matrix: pages", () => {
  it("finds the programme and admin pages, and every other page is classified here", () => {
    expect(programmePages.length).toBeGreaterThanOrEqual(10);
    expect(adminPages.length).toBeGreaterThanOrEqual(5);
    const known = new Set([...programmePages, ...adminPages, ...SIGNED_IN_PAGES, ...PUBLIC_PAGES]);
    const unclassified = Object.keys(pages).filter((file) => !known.has(file));
    expect(unclassified, `Pages nobody decided the audience of: ${unclassified.join(", ")}. Add them to a list in this file.`).toEqual([]);
    const unclassifiedRoutes = Object.keys(routes).filter((file) => !file.includes("[programmeId]") && !PUBLIC_ROUTES.includes(file));
    expect(unclassifiedRoutes, `Route handlers nobody decided the audience of: ${unclassifiedRoutes.join(", ")}`).toEqual([]);
  });

  it.each(SIGNED_IN_PAGES)("%s: anonymous visitors are sent to sign in", async (file) => {
    const page = (await pages[file]!()).default;
    expect(await renderPage(page, {}, null)).toEqual({ type: "redirect", location: "/login" });
    const outsider = await renderPage(page, {}, world.outsider);
    expect(outsider.type, describeOutcome(outsider)).toBe("state");
  });

  it.each(programmePages)("%s: outsiders get 404, anonymous visitors the sign-in page, members the page", async (file) => {
    const page = (await pages[file]!()).default;
    const p = paramsFor(file);
    const before = await tableFingerprint();
    const outsider = await renderPage(page, p, world.outsider);
    expect(outsider.type, `outsider: ${describeOutcome(outsider)}`).toBe("notFound");
    const anonymous = await renderPage(page, p, null);
    expect(anonymous, `anonymous: ${describeOutcome(anonymous)}`).toEqual({ type: "redirect", location: "/login" });
    expect(await tableFingerprint()).toBe(before);
    const member = await renderPage(page, p, world.leader);
    expect(
      member.type === "state" || (member.type === "redirect" && member.location !== "/login"),
      `team leader: ${describeOutcome(member)}`,
    ).toBe(true);
  });

  it.each(adminPages)("%s: only platform admins get the page (the page checks, not only its layout)", async (file) => {
    const page = (await pages[file]!()).default;
    const p = paramsFor(file);
    for (const person of [world.leader, world.outsider]) {
      const outcome = await renderPage(page, p, person);
      expect(outcome.type, `${person.name}: ${describeOutcome(outcome)}`).toBe("notFound");
    }
    const anonymous = await renderPage(page, p, null);
    expect(anonymous, `anonymous: ${describeOutcome(anonymous)}`).toEqual({ type: "redirect", location: "/login" });
    const admin = await renderPage(page, p, world.admin);
    expect(admin.type, `admin: ${describeOutcome(admin)}`).toBe("state");
  });
});

describe("authorization matrix: programme route handlers", () => {
  const programmeRoutes = Object.keys(routes).filter((file) => file.includes("[programmeId]"));

  it("finds them", () => expect(programmeRoutes.length).toBeGreaterThanOrEqual(2));

  it.each(programmeRoutes)("%s: outsiders and anonymous callers get no data", async (file) => {
    const handler = (await routes[file]!()).GET as (request: Request, context: unknown) => Promise<Response>;
    expect(handler).toBeTypeOf("function");
    const call = async (person: { id: string } | null): Promise<Outcome | Response> => {
      actAs(person);
      const controller = new AbortController();
      try {
        const response = await handler(new Request("http://localhost/x", { signal: controller.signal }), {
          params: Promise.resolve(paramsFor(file)),
        });
        controller.abort();
        await response.body?.cancel().catch(() => undefined);
        return response;
      } catch (error) {
        return classifyThrow(error);
      }
    };
    for (const person of [world.outsider, null]) {
      const result = await call(person);
      const status = result instanceof Response ? result.status : result.type === "notFound" ? 404 : result.type === "redirect" ? 307 : 500;
      expect([401, 404, 307], `${person ? "outsider" : "anonymous"} got ${status}`).toContain(status);
    }
    const member = await call(world.leader);
    expect(member instanceof Response ? member.status : describeOutcome(member)).toBe(200);
  });
});
