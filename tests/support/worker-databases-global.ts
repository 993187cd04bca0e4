// Vitest global setup of the integration project (runs once per run, in the main process).
import { createWorkerDatabases, dropWorkerDatabases } from "./worker-databases";

export default async function setup() {
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) throw new Error("Integration tests need DATABASE_URL: run them with `npm run test:integration`.");
  await createWorkerDatabases(baseUrl);
  return () => dropWorkerDatabases(baseUrl);
}
