import { describe, expect, it } from "vitest";
import { checkActionBody, checkActionHeaders, isActionRequest, tooLarge } from "./action-request-guard.mjs";

const same = { host: "localhost:3000", origin: "http://localhost:3000" };
const tree = encodeURIComponent(JSON.stringify(["", { children: ["programmes", {}] }, null, null, true]));

describe("isActionRequest", () => {
  it("takes fetch actions and plain form posts to pages, not route handlers or reads", () => {
    expect(isActionRequest("POST", "/programmes/x/board", { "next-action": "abc" })).toBe(true);
    expect(isActionRequest("POST", "/login", { "content-type": "multipart/form-data; boundary=x" })).toBe(true);
    expect(isActionRequest("POST", "/login", { "content-type": "application/x-www-form-urlencoded" })).toBe(true);
    expect(isActionRequest("POST", "/api/auth/callback/credentials", { "content-type": "application/x-www-form-urlencoded" })).toBe(false);
    expect(isActionRequest("GET", "/programmes", { "next-action": "abc" })).toBe(false);
  });
});

describe("checkActionHeaders", () => {
  it("lets a same-origin action through, also behind a proxy that names the host", () => {
    expect(checkActionHeaders({ ...same, "next-router-state-tree": tree, "content-length": "120" })).toBeNull();
    expect(
      checkActionHeaders({ host: "10.0.0.5:3000", "x-forwarded-host": "consort.example", origin: "https://consort.example" }),
    ).toBeNull();
    expect(checkActionHeaders({ host: "localhost:3000" })).toBeNull(); // no Origin: a hand-made request, not a browser's
  });
  it("refuses a foreign or null Origin with 403", () => {
    expect(checkActionHeaders({ host: "localhost:3000", origin: "https://evil.example" })?.status).toBe(403);
    expect(checkActionHeaders({ host: "localhost:3000", origin: "null" })?.status).toBe(403);
    expect(checkActionHeaders({ host: "localhost:3000", origin: "not a url" })?.status).toBe(403);
  });
  it("refuses a junk router-state header with 400", () => {
    for (const junk of ["%E0%A4%A", "{not json", encodeURIComponent('{"a":1}'), "42"]) {
      expect(checkActionHeaders({ ...same, "next-router-state-tree": junk })?.status).toBe(400);
    }
  });
  it("refuses a malformed Content-Length with 400", () => {
    expect(checkActionHeaders({ ...same, "content-length": "-5" })?.status).toBe(400);
    expect(checkActionHeaders({ ...same, "content-length": "12abc" })?.status).toBe(400);
    expect(checkActionHeaders({ ...same, "content-length": "5000" })).toBeNull();
  });
  it("words a body found too large while reading in MiB", () => {
    expect(tooLarge(101 * 1024 * 1024)).toMatchObject({ status: 413, message: expect.stringContaining("101 MiB") });
  });
});

describe("checkActionBody", () => {
  const boundary = "----consort";
  const part = `--${boundary}\r\nContent-Disposition: form-data; name="summary"\r\n\r\nHello\r\n`;
  const type = `multipart/form-data; boundary=${boundary}`;
  it("accepts a whole multipart body and a whole JSON reply", async () => {
    expect(await checkActionBody(type, Buffer.from(`${part}--${boundary}--\r\n`))).toBeNull();
    expect(await checkActionBody("text/plain;charset=UTF-8", Buffer.from('["$K1",{"a":1}]'))).toBeNull();
  });
  it("refuses a truncated multipart body or JSON reply with 400", async () => {
    expect((await checkActionBody(type, Buffer.from(part.slice(0, -10))))?.status).toBe(400);
    expect((await checkActionBody("text/plain;charset=UTF-8", Buffer.from('["$K1",{"a":')))?.status).toBe(400);
  });
});
