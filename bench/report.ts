// The benchmark's figures as a Markdown table (scales side by side) and the issue's targets checked.

export type TargetReport = {
  name: string;
  status: "ok" | "error" | "missing";
  detail?: string;
  role?: string;
  path?: string;
  requests?: number;
  rps?: number;
  p50?: number;
  p95?: number;
  p99?: number;
  queriesPerRequest?: number;
  transactionsPerRequest?: number;
  /** Time PostgreSQL spent executing this request's statements (pg_stat_statements), to tell database from rendering. */
  dbMsPerRequest?: number;
  /** Size of the response (HTML, or the action's RSC payload), uncompressed. */
  kbPerResponse?: number;
  ratioToBaseline?: number;
  topQueries?: { query: string; calls: number; totalMs: number }[];
  pageTarget?: boolean;
  actionTarget?: boolean;
};
export type ScaleReport = {
  scale: number;
  seedSeconds: number;
  method: string;
  targets: TargetReport[];
  firstLoadJsGzipBytes: Record<string, number | null>;
};

const fmt = (n: number | undefined, digits = 0) => (n === undefined ? "–" : n.toFixed(digits));
const kb = (bytes: number | null | undefined) => (bytes == null ? "–" : `${(bytes / 1024).toFixed(1)} KB`);
const mark = (ok: boolean | undefined) => (ok === undefined ? "n/a" : ok ? "met" : "NOT met");

export function renderMarkdown(reports: ScaleReport[], run: { requests: number; connections: number }): string {
  const names = [...new Set(reports.flatMap((r) => r.targets.map((t) => t.name)))];
  const lines: string[] = [];
  lines.push(`# Consort benchmark`, ``);
  lines.push(
    `${run.requests} requests per target over ${run.connections} connections (autocannon), after a warm-up; latencies in ms; ` +
      `queries = SQL statements per request counted by ${reports[0]?.method ?? "–"} (transaction BEGIN/COMMIT not counted); ` +
      `db ms = PostgreSQL execution time per request; KB = response size (uncompressed); ×base = p95 / the median p95 of the three baseline measurements in the same run (single-connection rows: / the single-connection baseline).`,
    ``,
  );
  const header = [
    "Target",
    ...reports.flatMap((r) => [
      `s${r.scale} req/s`,
      `s${r.scale} p50`,
      `s${r.scale} p95`,
      `s${r.scale} p99`,
      `s${r.scale} queries`,
      `s${r.scale} db ms`,
      `s${r.scale} KB`,
      `s${r.scale} ×base`,
    ]),
  ];
  lines.push(`| ${header.join(" | ")} |`, `|${header.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`);
  for (const name of names) {
    const cells = reports.flatMap((r) => {
      const t = r.targets.find((x) => x.name === name);
      if (!t || t.status === "missing") return ["missing", "", "", "", "", "", "", ""];
      if (t.status === "error" && t.p95 === undefined) return ["ERROR", "", "", "", "", "", "", ""];
      return [
        `${fmt(t.rps, 1)}${t.status === "error" ? " (errors)" : ""}`,
        fmt(t.p50, 1),
        fmt(t.p95, 1),
        fmt(t.p99, 1),
        fmt(t.queriesPerRequest, 2),
        fmt(t.dbMsPerRequest, 1),
        fmt(t.kbPerResponse, 1),
        fmt(t.ratioToBaseline, 1),
      ];
    });
    lines.push(`| ${name} | ${cells.join(" | ")} |`);
  }
  lines.push(
    ``,
    `First-load JavaScript (gzip, the scripts the page's HTML loads): ` +
      reports
        .map((r) => `scale ${r.scale}: tracker ${kb(r.firstLoadJsGzipBytes.tracker)}, board ${kb(r.firstLoadJsGzipBytes.board)}`)
        .join("; "),
    ``,
  );
  lines.push(`Seed time: ${reports.map((r) => `scale ${r.scale} ${r.seedSeconds.toFixed(0)} s`).join(", ")}.`, ``);

  // The issue's targets, judged on the largest scale measured.
  const largest = reports[reports.length - 1];
  if (largest) {
    const measured = (t: TargetReport) => t.status === "ok";
    const sameQueries =
      reports.length < 2
        ? undefined
        : names.every((name) => {
            const counts = reports
              .map((r) => r.targets.find((t) => t.name === name))
              .filter((t): t is TargetReport => !!t && measured(t))
              .map((t) => t.queriesPerRequest);
            return counts.length < 2 || counts.every((c) => c === counts[0]);
          });
    const pages = largest.targets.filter((t) => t.pageTarget && measured(t));
    const actions = largest.targets.filter((t) => t.actionTarget && measured(t));
    const js = Object.values(largest.firstLoadJsGzipBytes).filter((v): v is number => v != null);
    lines.push(`## Targets (scale ${largest.scale})`, ``);
    const baselines = largest.targets.filter((t) => t.name.startsWith("baseline") && !t.name.includes("×1") && measured(t));
    if (baselines.length)
      lines.push(
        `- Baseline p95, measured ${baselines.length} times in this run (the median is the yardstick): ${baselines.map((t) => `${fmt(t.p95, 1)} ms`).join(", ")}`,
      );
    lines.push(`- Queries per request identical at every scale: ${mark(sameQueries)}`);
    lines.push(
      `- Tracker, board, advice p95 ≤ 3× baseline p95: ${mark(pages.length ? pages.every((t) => (t.ratioToBaseline ?? Infinity) <= 3) : undefined)} (${pages.map((t) => `${t.name} ${fmt(t.ratioToBaseline, 1)}×`).join(", ") || "none measured"})`,
    );
    lines.push(
      `- Server actions p95 ≤ 50 ms: ${mark(actions.length ? actions.every((t) => (t.p95 ?? Infinity) <= 50) : undefined)} (${actions.map((t) => `${t.name} ${fmt(t.p95, 1)} ms`).join(", ") || "none measured"})`,
    );
    const single = largest.targets.filter((t) => t.name.includes("move") && t.name.endsWith("×1 connection") && measured(t));
    if (single.length)
      lines.push(`  - one request at a time (no queueing): ${single.map((t) => `${t.name} p95 ${fmt(t.p95, 1)} ms`).join(", ")}`);
    lines.push(`- First-load JS of tracker and board ≤ 200 KB gzip: ${mark(js.length ? js.every((b) => b <= 200 * 1024) : undefined)}`);
    const missing = largest.targets.filter((t) => t.status !== "ok");
    if (missing.length) lines.push(`- Not measured: ${missing.map((t) => `${t.name} (${t.status}: ${t.detail ?? ""})`).join("; ")}`);
  }
  return lines.join("\n") + "\n";
}
