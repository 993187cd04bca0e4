// npm run db:migrate — apply checked-in migrations to DATABASE_URL (or the embedded database).
import { applyMigrations } from "./tools/apply-migrations.ts";
import { openDatabase } from "./tools/database.ts";

const database = await openDatabase(console.log);
try {
  const applied = await applyMigrations(database.url, console.log);
  console.log(applied.length ? `Applied ${applied.length} migration(s).` : "The database is up to date.");
} finally {
  await database.stop();
}
