// Server actions are called over HTTP with their id (the `Next-Action` header), posted to a page
// that uses them. Both come from the build's server-reference manifest.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

type Manifest = { node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }> };

/** The action's id and a URL path (params filled in) of a page that uses it. */
export function findAction(distDir: string, exportedName: string, params: Record<string, string>): { id: string; pagePath: string } {
  const file = path.join(distDir, "server", "server-reference-manifest.json");
  if (!existsSync(file)) throw new Error(`No production build in ${distDir}/ (missing ${file}).`);
  const manifest = JSON.parse(readFileSync(file, "utf8")) as Manifest;
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName !== exportedName) continue;
    for (const worker of Object.keys(entry.workers)) {
      if (!worker.endsWith("/page")) continue;
      const segments = worker
        .replace(/^app\//, "")
        .replace(/\/page$/, "")
        .split("/")
        .filter((s) => !/^\(.*\)$/.test(s))
        .map((s) => (/^\[(.+)\]$/.test(s) ? params[s.slice(1, -1)] : s));
      if (segments.every((s) => s !== undefined)) return { id, pagePath: `/${segments.join("/")}` };
    }
  }
  throw new Error(
    `The build in ${distDir}/ has no server action "${exportedName}" used by a page whose parameters are known (${Object.keys(params).join(", ")}).`,
  );
}
