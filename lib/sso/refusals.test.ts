import { describe, expect, it } from "vitest";
import { refusalReason, ssoRefusedPath } from "./refusals";

describe("refusalReason", () => {
  it("reads Consort's own reasons back, and nothing else from ?reason=", () => {
    expect(ssoRefusedPath("unverifiedEmail")).toBe("/login/refused?reason=unverifiedEmail");
    expect(refusalReason({ reason: "unverifiedEmail" })).toBe("unverifiedEmail");
    expect(refusalReason({ reason: "<script>" })).toBe("unknown");
  });

  it("names Auth.js's error types as people can act on them", () => {
    expect(refusalReason({ error: "Configuration" })).toBe("callbackRejected");
    expect(refusalReason({ error: "OAuthCallbackError" })).toBe("providerError");
    expect(refusalReason({ error: "AccessDenied" })).toBe("providerError");
    expect(refusalReason({ error: ["OAuthCallbackError"] })).toBe("unknown");
    expect(refusalReason({})).toBe("unknown");
  });
});
