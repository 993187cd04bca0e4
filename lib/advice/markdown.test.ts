import { describe, expect, it } from "vitest";
import { markdownToPlainText, renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("renders ordinary Markdown", () => {
    const html = renderMarkdown("**Bold** and *italic*\n\n- one\n- two");
    expect(html).toContain("<strong>Bold</strong>");
    expect(html).toContain("<em>italic</em>");
    expect(html).toContain("<li>one</li>");
  });

  it("escapes <script> instead of emitting it", () => {
    const html = renderMarkdown('Hello <script>alert("x")</script>');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("&lt;script&gt;");
  });

  it("leaves no event-handler attribute in any element", () => {
    const payloads = [
      '<img src=x onerror="alert(1)">',
      '<a href="#" onclick="alert(1)">x</a>',
      "<svg onload=alert(1)>",
      '<div style="x" onmouseover="alert(1)">hover</div>',
    ];
    for (const payload of payloads) {
      const html = renderMarkdown(payload);
      expect(html).not.toMatch(/<(img|a|svg|div)\b[^>]*\bon\w+=/i);
      expect(html).not.toMatch(/<img|<svg|<div/i);
    }
  });

  it("refuses javascript:, vbscript: and data: links but keeps their text", () => {
    for (const url of [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "java\tscript:alert(1)",
      "vbscript:msgbox(1)",
      "data:text/html;base64,PHNjcmlwdD4=",
    ]) {
      const html = renderMarkdown(`[click me](${url})`);
      expect(html).not.toMatch(/href="(javascript|vbscript|data):/i);
      expect(html).not.toMatch(/<a /);
      expect(html).toContain("click me");
    }
    expect(renderMarkdown("<javascript:alert(1)>")).not.toContain("<a ");
  });

  it("gives safe links rel=noopener noreferrer nofollow", () => {
    const html = renderMarkdown("[guide](https://example.org/guide) and https://example.org/auto");
    expect(html).toContain('href="https://example.org/guide"');
    expect(html.match(/rel="noopener noreferrer nofollow"/g)).toHaveLength(2);
    expect(renderMarkdown("[mail](mailto:a@example.org)")).toContain('href="mailto:a@example.org"');
  });

  it("does not load images (no tracking pixels)", () => {
    expect(renderMarkdown("![x](https://tracker.example/pixel.png)")).not.toContain("<img");
  });
});

describe("@mentions", () => {
  it("read as a highlighted @Name, never as a link to the id", () => {
    const html = renderMarkdown("Thanks @[Anna Kowalska](cm1234567890abcdefghijklm), see **this**.");
    expect(html).toContain('<span class="rounded bg-blue-50 px-0.5 font-semibold text-blue-900">@Anna Kowalska</span>');
    expect(html).not.toContain("href");
    expect(html).not.toContain("cm1234567890abcdefghijklm");
    expect(html).toContain("<strong>this</strong>");
  });

  it("escape the name, and leave an escaped or malformed mention as text", () => {
    expect(renderMarkdown("@[<b>x</b>](cm1234567890abcdefghijklm)")).toContain("@&lt;b&gt;x&lt;/b&gt;</span>");
    expect(renderMarkdown("\\@[Anna](cm1234567890abcdefghijklm)")).not.toContain("<span");
    expect(renderMarkdown("mail me@example.org or @[Anna](not an id)")).not.toContain("<span");
    expect(markdownToPlainText("Ask @[Anna Kowalska](cm1234567890abcdefghijklm) first")).toBe("Ask @Anna Kowalska first");
  });
});

describe("markdownToPlainText", () => {
  it("strips markup and keeps the words", () => {
    expect(markdownToPlainText("**Statute** art. 5 <b>x</b>\n\n- one")).toBe("Statute art. 5 <b>x</b>\n\none");
  });
});
