import path from "node:path";
import { defineConfig } from "vitest/config";
import { INTEGRATION_WORKERS } from "./tests/support/worker-databases";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // `server-only` throws outside React Server Components; tests run lib code directly.
  "server-only": path.resolve(import.meta.dirname, "tests/support/server-only-stub.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}"],
          environment: "node",
          env: { TZ: "Pacific/Auckland" },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // Files run in parallel, each worker on its own copy of the migrated database
          // (tests/support/worker-databases.ts); tests reset their worker's database.
          fileParallelism: true,
          maxWorkers: INTEGRATION_WORKERS,
          globalSetup: ["tests/support/worker-databases-global.ts"],
          setupFiles: ["tests/support/worker-database-env.ts", "tests/support/next-request-scope.ts"],
          hookTimeout: 60_000,
          testTimeout: 60_000,
          env: { TZ: "Pacific/Auckland" },
        },
      },
    ],
  },
});
