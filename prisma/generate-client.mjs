// Runs `prisma generate` offline. Prisma's CLI insists on a schema-engine binary it downloads
// from its own host (unreachable here); `generate` never executes it, so any executable will do.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const standIn = path.join(here, "schema-engine-offline.sh");
if (existsSync(standIn)) chmodSync(standIn, 0o755);
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? standIn };
const prisma = path.join(here, "..", "node_modules", ".bin", "prisma");
const result = spawnSync(prisma, ["generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
