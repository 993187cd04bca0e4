// Two rules that keep Consort translated as it grows:
// 1. no user-visible text is written into a component: JSX text, the attributes people read or hear
//    (aria-label, title, placeholder, alt, label…) and sentences in strings all come from messages;
// 2. a client component reads only the namespaces sent to the browser (CLIENT_NAMESPACES).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES } from "@/lib/i18n/messages";

const root = path.resolve(import.meta.dirname, "..");

/** Words that are the same in every language. */
const ALLOWED_WORDS = new Set(["Consort"]);
/** Attributes whose value is read or heard by people. */
const SPOKEN_ATTRIBUTES = new Set([
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "aria-valuetext",
  "aria-placeholder",
  "title",
  "placeholder",
  "alt",
  "label",
  "hint",
  "description",
  "legend",
  "heading",
  "confirmLabel",
  "cancelLabel",
  "submitLabel",
  "pendingLabel",
  "emptyText",
]);
/** Calls whose string arguments are not text for people (class names, keys, identifiers). */
const NOT_TEXT_CALLS = /^(t|t\.rich|t\.markup|t\.has|tDomain|say|msg|zodMessage|getT|useTranslations|cn|clsx|console\.\w+|require|import)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const hasWords = (text: string) =>
  text
    .replace(/https?:\/\/\S+/g, "")
    .match(/\p{L}{2,}/gu)
    ?.some((word) => !ALLOWED_WORDS.has(word)) ?? false;
/** A sentence, not an identifier or a class list: two words or more, capitalised or ending in punctuation. */
function looksLikeSentence(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || !words.some((word) => /\p{L}{2,}/u.test(word))) return false;
  if (words.every((word) => /^[a-z0-9:[\]/.#%()_>=&*+-]+$/.test(word))) return false; // Tailwind classes, CSS, selectors
  return /^\p{Lu}/u.test(text.trim()) || /[.!?:…]$/.test(text.trim());
}

type Finding = string;

function inspect(file: string, text = readFileSync(file, "utf8")): { literals: Finding[]; clientNamespaces: Finding[] } {
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const isClient = /^\s*["']use client["']/.test(text);
  const where = (node: ts.Node) => `${path.relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const literals = new Set<Finding>();
  const clientNamespaces: Finding[] = [];

  const calleeName = (call: ts.CallExpression) => call.expression.getText(source);
  const insideNonTextCall = (node: ts.Node): boolean => {
    if (ts.isJsxExpression(node.parent) && ts.isJsxElement(node.parent.parent)) return true; // reported as a JSX child
    for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
      if (ts.isCallExpression(n) && NOT_TEXT_CALLS.test(calleeName(n))) return true;
      // Spoken attributes are reported once, by the attribute rule.
      if (ts.isJsxAttribute(n)) return true;
      if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) return true;
      if (ts.isPropertyAssignment(n) && n.name.getText(source) === "className") return true;
    }
    return false;
  };

  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) literals.add(`${where(node)}: ${node.text.trim()}`);
    if (ts.isJsxAttribute(node) && SPOKEN_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const init = node.initializer;
      const literal = ts.isStringLiteral(init)
        ? init
        : ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
          ? init.expression
          : null;
      if (literal && hasWords(literal.text)) literals.add(`${where(node)}: ${node.getText(source)}`);
    }
    if (
      ts.isJsxExpression(node) &&
      node.expression &&
      ts.isStringLiteralLike(node.expression) &&
      ts.isJsxElement(node.parent) &&
      hasWords(node.expression.text)
    ) {
      literals.add(`${where(node)}: ${node.getText(source)}`);
    }
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node)) &&
      looksLikeSentence(node.text) &&
      !insideNonTextCall(node)
    ) {
      literals.add(`${where(node)}: ${node.getText(source)}`);
    }
    if (isClient && ts.isCallExpression(node) && calleeName(node) === "useTranslations") {
      const [arg] = node.arguments;
      const namespace = arg && ts.isStringLiteral(arg) ? arg.text : undefined;
      if (!namespace || !(CLIENT_NAMESPACES as readonly string[]).includes(namespace))
        clientNamespaces.push(`${where(node)}: ${node.getText(source)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { literals: [...literals], clientNamespaces };
}

const files = ["app", "components"].flatMap((dir) => sourceFiles(path.join(root, dir)));
const findings = files.map((file) => inspect(file));

describe("translated by construction", () => {
  it("no component or page writes text for people itself", () => {
    expect(findings.flatMap((f) => f.literals)).toEqual([]);
  });

  it("client components read only the namespaces sent to the browser", () => {
    expect(findings.flatMap((f) => f.clientNamespaces)).toEqual([]);
  });

  it("finds what it is meant to find", () => {
    const sample = `"use client";
export function P() { const t = useTranslations("board"); return <p title="Open the issue">Hello there<b>{"Bold words"}</b></p>; }
const said = "Moved the issue to Done.";
const classes = "flex items-center gap-2";
`;
    const result = inspect(path.join(root, "components", "probe.tsx"), sample);
    expect(result.literals).toEqual([
      'components/probe.tsx:2: title="Open the issue"',
      "components/probe.tsx:2: Hello there",
      'components/probe.tsx:2: {"Bold words"}',
      'components/probe.tsx:3: "Moved the issue to Done."',
    ]);
    expect(result.clientNamespaces).toHaveLength(1);
  });
});
