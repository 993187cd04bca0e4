import { defineConfig } from "@playwright/test";
export default defineConfig({
  testDir: "/work/main/tests/e2e",
  testMatch: "advice.spec.ts",
  workers: 1,
  timeout: 180_000,
  expect: { timeout: 30_000 },
  reporter: [["list"]],
  use: { baseURL: "http://localhost:3105", launchOptions: { executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"] } },
});
