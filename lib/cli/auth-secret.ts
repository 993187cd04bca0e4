import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { localDataDir } from "../../prisma/tools/paths.ts";

/** AUTH_SECRET from the environment, else one generated on first use and kept beside the embedded database's data. */
export function loadAuthSecret(log: (line: string) => void, describe: (file: string) => string = (file) => file): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const dataDir = path.resolve(process.env.CONSORT_DATA_DIR ?? localDataDir);
  const file = path.join(path.dirname(dataDir), "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  log(`Generated a session secret in ${describe(file)} (set AUTH_SECRET to use your own).`);
  return secret;
}
