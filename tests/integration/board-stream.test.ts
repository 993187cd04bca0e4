// The live board stream (app/api/.../board/events) stops the moment its reader loses access: removed
// from the programme, signed out, deactivated. The real lib/auth/session.ts against PostgreSQL; only
// Auth.js's cookie decoding is replaced (a test has no cookie), as in session-revocation.test.ts.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/programmes/[programmeId]/board/events/route";
import { endSession, startSession } from "@/lib/auth/mutations";
import { boardListener } from "@/lib/board/realtime";
import { createIssue, type CreateIssueData } from "@/lib/board/mutations";
import { createWorld, type World } from "@/tests/factories";
import { db, resetDatabase } from "@/tests/support/database";

const cookie = vi.hoisted(() => ({ value: null as { user: { id: string }; sessionId: string } | null }));
vi.mock("@/lib/auth/auth", () => ({ auth: async () => cookie.value }));

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
  await boardListener.listening();
});

const issue = (title: string): CreateIssueData => ({
  programmeId: world.programme.id,
  authorId: world.leader.id,
  title,
  description: "",
  services: ["LEGAL"],
  institutionId: world.partnerB.id,
  priority: "NORMAL",
  dueDate: null,
  labels: [],
  escalation: null,
  engagementId: null,
  adviceId: null,
});

/** Opens the stream as `person` and returns a reader of its text, chunk by chunk. */
async function follow(person: { id: string }) {
  const sessionId = await startSession(person.id);
  cookie.value = { user: { id: person.id }, sessionId };
  const response = await GET(new Request(`http://localhost/api/programmes/${world.programme.id}/board/events`), {
    params: Promise.resolve({ programmeId: world.programme.id }),
  });
  expect(response.status).toBe(200);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  expect((await reader.read()).value).toContain(": connected");
  return { sessionId, reader };
}

describe("the live board stream", () => {
  it("delivers events to a member, and closes without delivering once they are removed from the programme", async () => {
    const { reader } = await follow(world.staffA);
    await createIssue(issue("Seen while a member"));
    expect((await reader.read()).value).toMatch(/^event: board\ndata: .*"kind":"created"/);

    await db.membership.deleteMany({ where: { programmeId: world.programme.id, userId: world.staffA.id } });
    await createIssue(issue("Not for former members"));
    expect(await reader.read()).toEqual({ done: true, value: undefined });
  });

  it("closes once the session signs out", async () => {
    const { sessionId, reader } = await follow(world.staffA);
    await endSession(sessionId);
    await createIssue(issue("Not after sign-out"));
    expect(await reader.read()).toEqual({ done: true, value: undefined });
  });

  it("closes once the account is deactivated", async () => {
    const { reader } = await follow(world.legalB);
    await db.user.update({ where: { id: world.legalB.id }, data: { deactivatedAt: new Date() } });
    await createIssue(issue("Not for deactivated accounts"));
    expect(await reader.read()).toEqual({ done: true, value: undefined });
  });
});
