// When does a production build need redoing? Shared by `npm start` and the e2e server so both
// rebuild only when a source is newer than the build they would serve.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Everything that ends up in the Next.js build. Tests beside the code do not. */
const SOURCE_DIRS = ["app", "components", "lib", "public"];
const SOURCE_FILES = [
  "proxy.ts",
  "prisma/schema.prisma",
  "next.config.js",
  "next.config.mjs",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "tsconfig.build.json",
  "package.json",
  "package-lock.json",
];
const SKIP_DIRS = new Set(["node_modules", ".git"]);
/** The launcher itself is not part of the build. */
const SKIP_PATHS = new Set([path.join("lib", "cli")]);
const TEST_FILE = /\.(test|spec)\.tsx?$/;

function newestMtime(target: string, root: string): number {
  if (!existsSync(target) || SKIP_PATHS.has(path.relative(root, target))) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return TEST_FILE.test(target) ? 0 : stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    if (entry.isDirectory() && SKIP_DIRS.has(entry.name)) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry.name), root));
  }
  return newest;
}

function newestSourceMtime(root: string): number {
  const targets = [...SOURCE_DIRS, ...SOURCE_FILES].map((name) => path.join(root, name));
  return Math.max(...targets.map((target) => newestMtime(target, root)));
}

type BuildState = { fresh: true } | { fresh: false; reason: string };

/** Next writes BUILD_ID last, so its mtime marks a finished build. */
export function buildState(root: string, distDir: string): BuildState {
  const buildId = path.join(root, distDir, "BUILD_ID");
  if (!existsSync(buildId)) return { fresh: false, reason: `no production build in ${distDir}/` };
  if (newestSourceMtime(root) > statSync(buildId).mtimeMs)
    return { fresh: false, reason: `the sources changed since the build in ${distDir}/` };
  return { fresh: true };
}
