// No secret reaches the browser: scans every client bundle of the build the e2e server runs
// (playwright.config.ts builds it into .next-e2e/ before any spec starts) for the session secret,
// the database URL and its password, and password-hash material.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";

const distDir = path.resolve(import.meta.dirname, "..", "..", process.env.CONSORT_E2E_DIST_DIR ?? ".next-e2e");

function clientScripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return clientScripts(full);
    return name.endsWith(".js") ? [full] : [];
  });
}

test("client bundles contain no secret and no password-hash material", async ({ request }) => {
  // The server is up, so its build is complete.
  expect((await request.get("/login")).ok()).toBe(true);
  const files = clientScripts(path.join(distDir, "static"));
  expect(files.length).toBeGreaterThan(5);

  const databaseUrl = process.env.DATABASE_URL!;
  const forbidden: [label: string, needle: string][] = [
    ["AUTH_SECRET", process.env.AUTH_SECRET!],
    ["DATABASE_URL", databaseUrl],
    ["the database password", decodeURIComponent(new URL(databaseUrl).password)],
    ["passwordHash", "passwordHash"],
    ["an argon2 hash", "$argon2"],
  ];
  // A missing or trivially short needle would make the scan pass vacuously.
  for (const [label, needle] of forbidden) expect(needle?.length ?? 0, label).toBeGreaterThanOrEqual(7);

  const found: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const [label, needle] of forbidden) if (text.includes(needle)) found.push(`${label} in ${path.relative(distDir, file)}`);
  }
  expect(found).toEqual([]);
});
