import { defineConfig, devices } from "@playwright/test";
export default defineConfig({
  testDir: "tests/e2e", testMatch: "foundation.spec.ts", workers: 1, timeout: 120_000, expect: { timeout: 30_000 }, reporter: [["list"]],
  outputDir: "/tmp/consort-seed/pw-results",
  use: { baseURL: "http://localhost:3102", launchOptions: { executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"] } },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
});
