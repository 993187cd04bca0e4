// One measurement with autocannon: a fixed number of requests over N connections, every response
// time kept (autocannon's own histogram has no p95), failures counted and one of them kept as a sample.
import autocannon from "autocannon";

export type Slot = { id: string; home: string; stage: string; version: number };
export type RequestPlan =
  | { kind: "page"; path: string }
  | {
      kind: "action";
      /** The page that imports the action: Next resolves the action id against that page's bundle. */
      path: string;
      actionId: string;
      /** Rows the action flips back and forth; each connection takes one per request, so no two requests race on a row. */
      slots: Slot[];
      input: (slot: Slot) => Record<string, unknown>;
      advance: (slot: Slot) => Slot;
    };

export type Measurement = {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  bytesPerResponse: number;
  failures: number;
  failureSample: string;
};

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)]! * 10) / 10;
}

export async function measure({
  base,
  cookie,
  connections,
  requests,
  plan,
}: {
  base: string;
  cookie: string;
  connections: number;
  requests: number;
  plan: RequestPlan;
}): Promise<Measurement> {
  const latencies: number[] = [];
  let failures = 0;
  let failureSample = "";
  const fail = (why: string) => {
    failures++;
    failureSample ||= why;
  };
  const headers: Record<string, string> = { cookie };
  let instance: ReturnType<typeof autocannon>;
  if (plan.kind === "page") {
    instance = autocannon({ url: base + plan.path, connections, amount: requests, timeout: 60, headers });
  } else {
    const pool = plan.slots;
    if (!pool.length) throw new Error("No rows to move in the largest programme.");
    instance = autocannon({
      url: base + plan.path,
      connections: Math.min(connections, pool.length),
      amount: requests,
      timeout: 60,
      requests: [
        {
          method: "POST",
          path: plan.path,
          headers: {
            ...headers,
            "next-action": plan.actionId,
            "content-type": "text/plain;charset=UTF-8",
            accept: "text/x-component",
            origin: base,
          },
          setupRequest: (request, context) => {
            // A failed move leaves its row in an unknown state; it is not put back, unless nothing else is left.
            const slot = pool.shift() ?? plan.slots[0]!;
            context.slot = slot;
            // React's reply encoding of (prevState, input): plain JSON when no value starts with "$".
            return { ...request, body: JSON.stringify([null, plan.input(slot)]) };
          },
          onResponse: (status, body, context) => {
            const slot = context.slot as Slot;
            if (status === 200 && body.includes('"status":"success"')) pool.push(plan.advance(slot));
            else fail(`HTTP ${status}: ${body.replace(/\s+/g, " ").slice(0, 300)}`);
          },
        },
      ],
    });
  }
  let bytes = 0;
  instance.on("response", (_client, statusCode, resBytes, responseTime) => {
    latencies.push(responseTime);
    bytes += resBytes;
    if (plan.kind === "page" && (statusCode < 200 || statusCode >= 300)) fail(`HTTP ${statusCode} for ${plan.path}`);
  });
  const result = await instance;
  if (result.errors || result.timeouts) failureSample ||= `${result.errors} connection errors, ${result.timeouts} timeouts`;
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: Math.round((latencies.length / Math.max(result.duration, 0.001)) * 10) / 10,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    bytesPerResponse: Math.round(bytes / Math.max(latencies.length, 1)),
    failures: failures + result.errors + result.timeouts,
    failureSample,
  };
}
