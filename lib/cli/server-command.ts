import path from "node:path";

/**
 * How the production web server is started, by `npm start` and by the benchmark alike: Node running
 * lib/cli/serve.mjs (Next's request handler in a plain http server), with a larger young generation.
 * Rendering a page allocates a few MB of short-lived objects; with V8's default 16 MB semi-spaces a
 * busy server spends about a tenth of its time in scavenges, and 64 MB cut that by roughly half in
 * the benchmark (bench/results: board and tracker p50 down about 13 %).
 */
export function serverCommand(projectRoot: string): { command: string; args: string[] } {
  return { command: process.execPath, args: ["--max-semi-space-size=64", path.join(projectRoot, "lib", "cli", "serve.mjs")] };
}
