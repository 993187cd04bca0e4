import { describe, expect, it } from "vitest";
import { afterSignInPath, sameOriginPath, signInPathFor } from "./redirect";

const ORIGIN = "http://localhost:3000";

describe("afterSignInPath", () => {
  it("keeps paths on Consort, with their query and fragment", () => {
    expect(afterSignInPath("/programmes/abc/board?view=list#top")).toBe("/programmes/abc/board?view=list#top");
    expect(afterSignInPath("/admin")).toBe("/admin");
  });

  it("goes to My programmes when there is no next", () => {
    expect(afterSignInPath("")).toBe("/programmes");
    expect(afterSignInPath(null)).toBe("/programmes");
    expect(afterSignInPath(undefined)).toBe("/programmes");
  });

  it.each([
    "/\\evil.example/x", // the hostile tester's: browsers read /\ as //
    "\\\\evil.example/x",
    "//evil.example/x",
    "/\t/evil.example/x", // tabs and newlines are dropped by URL parsing
    "/\n/evil.example",
    "https://evil.example/x",
    "http:evil.example",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
  ])("refuses %j, which leaves the site", (next) => {
    expect(afterSignInPath(next)).toBe("/programmes");
  });

  it("normalises what it keeps, so the browser cannot read it differently", () => {
    expect(afterSignInPath("programmes/x")).toBe("/programmes/x");
    expect(afterSignInPath("/a/../admin")).toBe("/admin");
    // These stay on the site, but their parsed path starts with "//": never hand that to a browser.
    expect(afterSignInPath("/.//evil.example/x")).toBe("/evil.example/x");
    expect(afterSignInPath("/..//evil.example")).toBe("/evil.example");
  });
});

describe("sameOriginPath", () => {
  it("accepts absolute URLs of our own origin and returns their path", () => {
    expect(sameOriginPath(`${ORIGIN}/login?x=1`, ORIGIN)).toBe("/login?x=1");
  });

  it("refuses other origins, including another port or scheme", () => {
    expect(sameOriginPath("http://localhost:3001/login", ORIGIN)).toBeNull();
    expect(sameOriginPath("https://localhost:3000/login", ORIGIN)).toBeNull();
    expect(sameOriginPath("/\\evil.example/x", ORIGIN)).toBeNull();
  });
});

describe("signInPathFor: where a signed-out visitor is sent", () => {
  it("back to the page they asked for after signing in", () => {
    expect(signInPathFor("/programmes/p1/board/12")).toBe("/login?next=%2Fprogrammes%2Fp1%2Fboard%2F12");
    expect(signInPathFor("/notifications?show=unread")).toBe("/login?next=%2Fnotifications%3Fshow%3Dunread");
  });

  it("to the plain sign-in page when there is nothing worth returning to", () => {
    for (const requested of [null, undefined, "", "/", "/login", "/login?next=%2Fx", "//evil.example", "https://evil.example/"])
      expect(signInPathFor(requested)).toBe("/login");
  });
});
