import { describe, expect, it } from "vitest";
import { decideSsoSignIn, type KnownAccounts, type SsoClaims } from "./decide";
import type { SsoProvider } from "./providers";

const provider: SsoProvider = {
  authId: "sso-uni-a",
  slug: "uni-a",
  displayName: "University A",
  issuer: "http://localhost:4010",
  domains: ["uni-a.example"],
  institutionIds: ["inst-a"],
  allowJustInTime: false,
  newAccountInstitutionId: null,
  endSessionEndpoint: null,
  source: "admin",
};
const claims: SsoClaims = { issuer: provider.issuer, subject: "sub-1", email: "ana@uni-a.example", emailVerified: true, name: "Ana Aalto" };
const nobody: KnownAccounts = { bySubject: null, byEmail: null };
const ana = { id: "user-ana", deactivatedAt: null };

describe("decideSsoSignIn", () => {
  it("signs in whoever the (issuer, subject) pair is bound to, even when the address changed", () => {
    expect(decideSsoSignIn(provider, { ...claims, email: "ana.new@elsewhere.example" }, { ...nobody, bySubject: ana })).toEqual({
      outcome: "signIn",
      userId: "user-ana",
    });
  });

  it("binds an existing or invited account by a verified address in the provider's domains", () => {
    expect(decideSsoSignIn(provider, claims, { ...nobody, byEmail: { ...ana, subjectAtIssuer: null } })).toEqual({
      outcome: "bind",
      userId: "user-ana",
    });
  });

  it("refuses an issuer other than the provider's", () => {
    expect(decideSsoSignIn(provider, { ...claims, issuer: "http://localhost:4011" }, { ...nobody, bySubject: ana })).toEqual({
      outcome: "refuse",
      reason: "issuerMismatch",
    });
  });

  it("refuses an unverified or missing address, or one outside the provider's domains", () => {
    const account = { ...nobody, byEmail: { ...ana, subjectAtIssuer: null } };
    expect(decideSsoSignIn(provider, { ...claims, emailVerified: false }, account)).toMatchObject({ reason: "unverifiedEmail" });
    expect(decideSsoSignIn(provider, { ...claims, email: null }, account)).toMatchObject({ reason: "noEmail" });
    expect(decideSsoSignIn(provider, { ...claims, email: "ana@uni-b.example" }, account)).toMatchObject({ reason: "domainNotServed" });
    expect(decideSsoSignIn(provider, { ...claims, email: "ana@sub.uni-a.example" }, account)).toMatchObject({ reason: "domainNotServed" });
  });

  it("refuses an account already bound to another person at this provider, and a deactivated one", () => {
    expect(decideSsoSignIn(provider, claims, { ...nobody, byEmail: { ...ana, subjectAtIssuer: "sub-2" } })).toMatchObject({
      reason: "boundToAnotherIdentity",
    });
    const gone = { id: "user-ana", deactivatedAt: new Date("2026-11-01") };
    expect(decideSsoSignIn(provider, claims, { ...nobody, bySubject: gone })).toMatchObject({ reason: "deactivated" });
    expect(decideSsoSignIn(provider, claims, { ...nobody, byEmail: { ...gone, subjectAtIssuer: null } })).toMatchObject({
      reason: "deactivated",
    });
  });

  it("creates an account only when the provider allows it, at its institution", () => {
    expect(decideSsoSignIn(provider, claims, nobody)).toEqual({ outcome: "refuse", reason: "noAccount" });
    const open = { ...provider, allowJustInTime: true, newAccountInstitutionId: "inst-a" };
    expect(decideSsoSignIn(open, { ...claims, email: "New.Person@uni-a.example", name: " " }, nobody)).toEqual({
      outcome: "create",
      email: "new.person@uni-a.example",
      name: "New.Person",
      institutionId: "inst-a",
    });
  });
});
