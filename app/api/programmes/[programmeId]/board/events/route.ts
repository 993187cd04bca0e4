import { currentSessionId, currentUser } from "@/lib/auth/session";
import { isMember } from "@/lib/auth/permissions";
import { loadProgrammeActor } from "@/lib/programmes/data";
import { mayStillFollowBoard } from "@/lib/board/data";
import { boardListener } from "@/lib/board/realtime";
import { msg } from "@/lib/i18n/message";
import { getSay } from "@/lib/i18n/server";

// Server-sent events: one stream per open board, fed by this process's single LISTEN connection.
export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const HEARTBEAT_MS = 15_000;

export async function GET(request: Request, { params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const user = await currentUser();
  const sessionId = await currentSessionId();
  if (!user || !sessionId) return new Response((await getSay())(msg("errors.sessionEnded")), { status: 401 });
  const actor = await loadProgrammeActor(user, programmeId);
  if (!actor || !isMember(actor)) return new Response((await getSay())(msg("errors.notFound")), { status: 404 });

  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      // Whoever signs out, is removed from the programme or deactivated stops receiving at once:
      // access is checked again before every event and heartbeat, in order (one queue per stream).
      let queue = Promise.resolve();
      const whileAllowed = (text: string) => {
        queue = queue.then(async () => {
          // A database outage ends no stream: nothing can change access (or send events) while it lasts.
          const allowed = await mayStillFollowBoard(sessionId, user.id, programmeId).catch(() => true);
          if (allowed) send(text);
          else cleanup();
        });
      };
      send(`retry: 3000\n: connected\n\n`);
      const unsubscribe = boardListener.subscribe(programmeId, (event) => {
        whileAllowed(`event: board\ndata: ${JSON.stringify({ issueId: event.issueId, kind: event.kind })}\n\n`);
      });
      const heartbeat = setInterval(() => whileAllowed(`: heartbeat\n\n`), HEARTBEAT_MS);
      cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed
        }
        cleanup = () => {};
      };
      request.signal.addEventListener("abort", () => cleanup());
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}
