// Vitest setup file of the integration project: runs in each worker before its test file imports
// anything, and points the app's DATABASE_URL at this worker's own copy (worker-databases.ts).
import { workerDatabaseUrl } from "./worker-databases";

const base = process.env.CONSORT_TEST_BASE_DATABASE_URL ?? process.env.DATABASE_URL;
if (!base) throw new Error("Integration tests need DATABASE_URL: run them with `npm run test:integration`.");
process.env.CONSORT_TEST_BASE_DATABASE_URL = base;
process.env.DATABASE_URL = workerDatabaseUrl(base, process.env.VITEST_POOL_ID ?? "1");
