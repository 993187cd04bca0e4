// Every page shows the same elements at every width: layout may reflow (grid columns, wrapping), but
// nothing is shown or hidden by screen size. tests/e2e/pages.spec.ts relies on it: it checks each page
// for sideways scrolling at 1400 px and 390 px and scans its content with axe once, at 390 px.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const BREAKPOINT = String.raw`(?:sm|md|lg|xl|2xl|max-sm|max-md|max-lg|max-xl|min-\[[^\]]+\]|max-\[[^\]]+\])`;
const WIDTH_DEPENDENT = [
  // hidden, sr-only, invisible… switched on or off at a breakpoint
  new RegExp(String.raw`\b${BREAKPOINT}:(?:hidden|sr-only|not-sr-only|invisible|visible|collapse)\b`),
  // hidden at first, displayed from a breakpoint on
  new RegExp(
    String.raw`\bhidden\b[^"'\`]*\b${BREAKPOINT}:(?:block|inline|inline-block|flex|inline-flex|grid|inline-grid|table|contents)\b`,
  ),
  /\bmatchMedia\s*\(/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(tsx|ts|css)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("markup that depends on the screen width", () => {
  it("is absent from app/ and components/", () => {
    const found = ["app", "components"].flatMap((dir) =>
      sourceFiles(path.join(root, dir)).flatMap((file) =>
        readFileSync(file, "utf8")
          .split("\n")
          .flatMap((line, index) =>
            WIDTH_DEPENDENT.some((pattern) => pattern.test(line)) ? [`${path.relative(root, file)}:${index + 1}: ${line.trim()}`] : [],
          ),
      ),
    );
    expect(found).toEqual([]);
  });

  it("would be found (the patterns match what they are for)", () => {
    const samples = [
      'className="hidden md:flex"',
      'className="md:hidden"',
      'className="max-sm:sr-only"',
      "window.matchMedia('(min-width: 40rem)')",
    ];
    for (const sample of samples)
      expect(
        WIDTH_DEPENDENT.some((pattern) => pattern.test(sample)),
        sample,
      ).toBe(true);
    expect(WIDTH_DEPENDENT.some((pattern) => pattern.test('className="grid md:grid-cols-3"'))).toBe(false);
  });
});
