// Which Chromium the browser tests drive: CHROMIUM_PATH, else Debian's headless shell (the browser
// without its desktop UI and GPU process: about a third faster per page on a 2-core machine), else
// Debian's full Chromium, else one Playwright downloaded.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export function findChromium(): string {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) {
    if (existsSync(explicit)) return explicit;
    throw new Error(
      `CHROMIUM_PATH is set to ${explicit}, but no such file exists. Fix the path, or unset it to use /usr/bin/chromium-headless-shell.`,
    );
  }
  const candidates = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium", chromium.executablePath()];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (found) return found;
  throw new Error(
    "No Chromium found for the browser tests. Install one with `apt-get install -y chromium-headless-shell` (Debian/Ubuntu), " +
      "or set CHROMIUM_PATH to a Chromium or Chrome executable.",
  );
}

/** Flags for a browser that only runs tests: no background traffic, no GPU. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
