import { describe, expect, it } from "vitest";
import { readSsoClaims } from "./claims";

const jwt = (payload: object) => ["e30", Buffer.from(JSON.stringify(payload)).toString("base64url"), "signature"].join(".");

describe("readSsoClaims", () => {
  it("takes issuer and subject from the ID token and the address from the profile, lower-cased", () => {
    expect(
      readSsoClaims(jwt({ iss: "http://localhost:4010", sub: "s1" }), {
        email: "Ana@Uni-A.example",
        email_verified: "true",
        given_name: "Ana",
        family_name: "Aalto",
      }),
    ).toEqual({ issuer: "http://localhost:4010", subject: "s1", email: "ana@uni-a.example", emailVerified: true, name: "Ana Aalto" });
  });

  it("an address nobody verified stays unverified; no ID token, no claims", () => {
    expect(readSsoClaims(jwt({ iss: "i", sub: "s", email: "a@b.example" }), undefined)).toMatchObject({ emailVerified: false, name: null });
    expect(readSsoClaims(undefined, { email: "a@b.example", email_verified: true })).toBeNull();
    expect(readSsoClaims("not-a-jwt", {})).toBeNull();
    expect(readSsoClaims(jwt({ iss: "i" }), {})).toBeNull();
  });
});
