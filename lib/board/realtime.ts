import "server-only";
import { Client } from "pg";
import { env } from "@/lib/env";

// Board changes reach every open board through PostgreSQL LISTEN/NOTIFY, so they travel between
// server processes; an in-memory bus would only reach browsers connected to the same process.
export const BOARD_CHANNEL = "consort_board";

export type BoardEventKind = "created" | "moved" | "edited" | "assigned" | "commented" | "resolved" | "closed" | "reopened";
export type BoardEvent = { programmeId: string; issueId: string; kind: BoardEventKind };

type Subscriber = (event: BoardEvent) => void;

/** One LISTEN connection per server process, fanned out to the SSE streams of each programme. */
class BoardListener {
  private client: Client | null = null;
  private connecting: Promise<void> | null = null;
  private retryDelay = 500;
  private readonly subscribers = new Map<string, Set<Subscriber>>();

  subscribe(programmeId: string, subscriber: Subscriber): () => void {
    let set = this.subscribers.get(programmeId);
    if (!set) this.subscribers.set(programmeId, (set = new Set()));
    set.add(subscriber);
    void this.ensureConnected();
    return () => {
      set.delete(subscriber);
      if (set.size === 0) this.subscribers.delete(programmeId);
    };
  }

  subscriberCount(): number {
    let n = 0;
    for (const set of this.subscribers.values()) n += set.size;
    return n;
  }

  /** Resolves once this process LISTENs (tests wait for it before making the first change). */
  listening(): Promise<void> {
    return this.ensureConnected();
  }

  private ensureConnected(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: env.DATABASE_URL });
    client.on("notification", (message) => {
      if (message.channel !== BOARD_CHANNEL || !message.payload) return;
      let event: BoardEvent;
      try {
        event = JSON.parse(message.payload) as BoardEvent;
      } catch {
        return;
      }
      for (const subscriber of this.subscribers.get(event.programmeId) ?? []) {
        try {
          subscriber(event);
        } catch (error) {
          console.error("Board subscriber failed", error);
        }
      }
    });
    const drop = (error?: unknown) => {
      if (this.client !== client) return;
      if (error) console.error("Board LISTEN connection lost; reconnecting", error);
      this.client = null;
      client.removeAllListeners();
      void client.end().catch(() => undefined);
      this.scheduleReconnect();
    };
    client.on("error", drop);
    client.on("end", () => drop());
    try {
      await client.connect();
      await client.query(`LISTEN ${BOARD_CHANNEL}`);
      this.client = client;
      this.retryDelay = 500;
    } catch (error) {
      console.error("Could not LISTEN for board changes; retrying", error);
      void client.end().catch(() => undefined);
      this.scheduleReconnect();
    }
  }

  private scheduleReconnect() {
    if (this.subscribers.size === 0) return; // reconnect lazily on the next subscriber
    const delay = this.retryDelay;
    this.retryDelay = Math.min(this.retryDelay * 2, 15_000);
    setTimeout(() => void this.ensureConnected(), delay).unref?.();
  }
}

const globalForBoard = globalThis as unknown as { consortBoardListener?: BoardListener };
export const boardListener = (globalForBoard.consortBoardListener ??= new BoardListener());
