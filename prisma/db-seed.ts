// npm run db:seed — load the demo partnership into DATABASE_URL (or the embedded database),
// applying pending migrations first. Seeding twice changes nothing: the seed is idempotent.
import { applyMigrations } from "./tools/apply-migrations.ts";
import { openDatabase } from "./tools/database.ts";
import { runSeed } from "./tools/seed-runner.ts";

const database = await openDatabase(console.log);
try {
  await applyMigrations(database.url, console.log);
  const code = await runSeed({ ...process.env, DATABASE_URL: database.url });
  if (code !== 0) console.error("Seeding failed (see above).");
  process.exitCode = code;
} finally {
  await database.stop();
}
