import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, isHttpsRequest, securityHeaders } from "./headers";

function directive(csp: string, name: string): string[] {
  const found = csp
    .split(";")
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name);
  if (!found) throw new Error(`no ${name} in ${csp}`);
  return found.slice(1);
}

describe("security headers", () => {
  it("allows scripts only by this request's nonce, never 'unsafe-inline' or eval in production", () => {
    const csp = contentSecurityPolicy("abc123");
    const scripts = directive(csp, "script-src");
    expect(scripts).toContain("'nonce-abc123'");
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(directive(csp, "frame-ancestors")).toEqual(["'none'"]);
    expect(directive(csp, "object-src")).toEqual(["'none'"]);
    expect(directive(csp, "base-uri")).toEqual(["'self'"]);
    expect(directive(csp, "form-action")).toEqual(["'self'"]);
  });

  it("adds eval only for the development server", () => {
    expect(directive(contentSecurityPolicy("n", { development: true }), "script-src")).toContain("'unsafe-eval'");
  });

  it("makes a fresh, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("sends HSTS only over HTTPS, as seen directly or through a TLS-terminating proxy", () => {
    expect(isHttpsRequest("http://localhost:3000/", null)).toBe(false);
    expect(isHttpsRequest("https://consort.example/", null)).toBe(true);
    expect(isHttpsRequest("http://localhost:3000/", "https")).toBe(true);
    expect(isHttpsRequest("http://localhost:3000/", "https, http")).toBe(true);
    expect(isHttpsRequest("https://consort.example/", "http")).toBe(false);
    expect(securityHeaders({ nonce: "n", https: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ nonce: "n", https: true })["Strict-Transport-Security"]).toMatch(/max-age=\d{7,}/);
  });

  it("sets the fixed headers", () => {
    const headers = securityHeaders({ nonce: "n", https: false });
    expect(headers["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["X-Frame-Options"]).toBe("DENY");
    for (const feature of ["camera=()", "microphone=()", "geolocation=()"]) expect(headers["Permissions-Policy"]).toContain(feature);
  });
});
