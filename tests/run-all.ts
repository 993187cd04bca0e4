// npm test — every tier in order: unit → integration (real PostgreSQL) → e2e (Chromium).
// Each tier runs as its own process; integration and e2e each get a throwaway embedded PostgreSQL
// (tests/with-database.ts) that is removed afterwards. Stops at the first failing tier.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

type Counts = { passed: number; failed: number; skipped: number };
type Tier = {
  name: string;
  command: string;
  args: (reportFile: string) => string[];
  env?: (reportFile: string) => Record<string, string>;
  count: (report: unknown) => Counts;
};

type VitestReport = { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
type PlaywrightReport = { stats: { expected: number; unexpected: number; flaky: number; skipped: number }; errors?: unknown[] };

const vitestCounts = (report: unknown): Counts => {
  if (!report) return { passed: 0, failed: 0, skipped: 0 };
  const r = report as VitestReport;
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
};

const tiers: Tier[] = [
  {
    name: "Type check (app, tests, scripts)",
    command: bin("tsc"),
    args: () => ["--noEmit", "--pretty"],
    count: () => ({ passed: 1, failed: 0, skipped: 0 }),
  },
  {
    name: "Lint (ESLint, type-aware, import rules)",
    command: bin("eslint"),
    args: () => ["."],
    count: () => ({ passed: 1, failed: 0, skipped: 0 }),
  },
  {
    name: "Unit tests",
    command: bin("vitest"),
    args: (file) => ["run", "--project", "unit", "--reporter=default", "--reporter=json", `--outputFile.json=${file}`],
    count: vitestCounts,
  },
  {
    name: "Integration tests (throwaway PostgreSQL)",
    command: bin("tsx"),
    args: (file) => [
      "tests/with-database.ts",
      "vitest",
      "run",
      "--project",
      "integration",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${file}`,
    ],
    count: vitestCounts,
  },
  {
    name: "End-to-end tests (Chromium, throwaway PostgreSQL)",
    command: bin("tsx"),
    args: () => ["tests/with-database.ts", "playwright", "test", "--reporter=list,json"],
    env: (file) => ({ PLAYWRIGHT_JSON_OUTPUT_FILE: file }),
    count: (report) => {
      if (!report) return { passed: 0, failed: 0, skipped: 0 };
      const { stats } = report as PlaywrightReport;
      // A flaky test passed only on retry: count it as failed so it gets looked at.
      return { passed: stats.expected, failed: stats.unexpected + stats.flaky, skipped: stats.skipped };
    },
  },
  {
    name: "Database outage (npm run test:faults: PostgreSQL stopped and restarted under load)",
    command: bin("tsx"),
    args: () => ["tests/faults/outage.ts"],
    env: () => ({ NEXT_DIST_DIR: ".next-e2e" }),
    count: () => ({ passed: 1, failed: 0, skipped: 0 }),
  },
  {
    name: "E-mail outage (npm run test:faults: SMTP refuses for 15 s, a worker crashes; every e-mail arrives once)",
    command: bin("tsx"),
    args: () => ["tests/faults/smtp-outage.ts"],
    count: () => ({ passed: 1, failed: 0, skipped: 0 }),
  },
  {
    name: "Benchmark smoke (npm run bench:smoke: scale 0.05, a few requests per target)",
    command: bin("tsx"),
    args: () => ["bench/run.ts", "--smoke"],
    // Reuses the production build the e2e tier just made (the same sources).
    env: () => ({ NEXT_DIST_DIR: ".next-e2e" }),
    count: () => ({ passed: 1, failed: 0, skipped: 0 }),
  },
];

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", env });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("error", (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      resolve(1);
    });
    child.on("exit", (code, signal) => {
      process.off("SIGINT", forward);
      process.off("SIGTERM", forward);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

function readReport(file: string): unknown {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

const reports = await mkdtemp(path.join(tmpdir(), "consort-test-reports-"));
const totals: Counts = { passed: 0, failed: 0, skipped: 0 };
let exitCode = 0;
const started = Date.now();

try {
  for (const [index, tier] of tiers.entries()) {
    const file = path.join(reports, `tier-${index}.json`);
    const line = "═".repeat(72);
    console.log(`\n${line}\n  ${index + 1}/${tiers.length}  ${tier.name}\n${line}\n`);
    const tierStarted = Date.now();
    const code = await run(tier.command, tier.args(file), { ...process.env, TZ: "Pacific/Auckland", ...tier.env?.(file) });
    const report = readReport(file);
    // Tiers without a report of their own (type check, faults, benchmark smoke) count as one check.
    const counts = report ? tier.count(report) : code === 0 ? tier.count(undefined) : { passed: 0, failed: 0, skipped: 0 };
    // A tier that crashed before reporting still counts as one failure.
    if (code !== 0 && counts.failed === 0) counts.failed = 1;
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
    const seconds = ((Date.now() - tierStarted) / 1000).toFixed(0);
    console.log(
      `\n── ${tier.name}: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ""} (${seconds}s)`,
    );
    if (code !== 0) {
      exitCode = code;
      const skippedTiers = tiers.slice(index + 1).map((t) => t.name);
      console.log(`\n${tier.name} failed (exit code ${code}).${skippedTiers.length ? ` Not run: ${skippedTiers.join("; ")}.` : ""}`);
      break;
    }
  }
} finally {
  await rm(reports, { recursive: true, force: true });
}

console.log(`\nAll tiers took ${((Date.now() - started) / 1000).toFixed(0)}s.`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(exitCode);
