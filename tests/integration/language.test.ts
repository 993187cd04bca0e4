// The language switch: in the header it is stored on the person (audited) and in the cookie; on the
// sign-in page only in the cookie. What Consort says next — pages and action results — is in it.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { cookies } from "next/headers";
import { db, resetDatabase, tableFingerprint } from "@/tests/support/database";
import { createUser, createWorld, type World } from "@/tests/factories";
import { actAs } from "@/tests/support/session-mock";
import { callAction } from "@/tests/support/action-harness";
import { chooseSignInLanguageAction, updateLanguageAction, updateTimeZoneAction } from "@/lib/account/actions";
import { signInWithPassword } from "@/lib/auth/actions";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { requestLocale } from "@/lib/i18n/server";
import english from "@/lib/i18n/messages/en";
import dutch from "@/lib/i18n/messages/nl";
import german from "@/lib/i18n/messages/de";

vi.mock("@/lib/auth/session", () => import("@/tests/support/session-mock"));
vi.mock("@/lib/auth/auth", () => import("@/tests/support/auth-mock"));
vi.mock("next-auth", () => import("@/tests/support/next-auth-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const setLanguage = (locale: unknown) => updateLanguageAction(undefined, { locale });
const localeOf = async (user: { id: string }) => (await db.user.findUniqueOrThrow({ where: { id: user.id } })).locale;
const cookieLocale = async () => (await cookies()).get(LOCALE_COOKIE)?.value;
/** Mars is no time zone: a refusal whose words show which language Consort speaks. */
const refusedZone = () => updateTimeZoneAction(undefined, { timeZone: "Mars/Olympus_Mons" });

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

describe("the language switch in the header", () => {
  it("stores the language on the person, with an audit row, and in the cookie", async () => {
    actAs(world.staffA);
    // Said after the choice is stored: already in the new language.
    expect(await setLanguage("nl")).toEqual({ status: "success", message: "Taal gewijzigd naar Nederlands." });
    expect(await localeOf(world.staffA)).toBe("nl");
    expect(await localeOf(world.staffB)).toBeNull();
    expect(await cookieLocale()).toBe("nl");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "setLocale" } });
    expect(audit).toMatchObject({ actorId: world.staffA.id, entityType: "User", entityId: world.staffA.id, programmeId: null });
    expect(audit.before).toEqual({ locale: null });
    expect(audit.after).toEqual({ locale: "nl" });
  });

  it("writes nothing when the language is already the person's", async () => {
    actAs(world.staffA);
    await setLanguage("pl");
    const before = await tableFingerprint();
    expect(await setLanguage("pl")).toMatchObject({ status: "success", message: expect.stringMatching(/^Nic do zmiany/) });
    expect(await tableFingerprint()).toBe(before);
  });

  it("refuses a language Consort does not speak beside the field, changing nothing", async () => {
    actAs(world.staffA);
    const before = await tableFingerprint();
    // The pseudo-locale is offered only in development (and to its e2e test).
    for (const bad of ["ja", "EN", "nl-BE", "en-XA", "", 42, null, ["nl", "de"]]) {
      const state = await setLanguage(bad);
      expect(state, JSON.stringify(bad)).toMatchObject({
        status: "error",
        kind: "invalid",
        message: english.errors.correctFields,
        fieldErrors: { locale: [english.account.language.errors.unknown] },
      });
    }
    expect(await tableFingerprint()).toBe(before);
    expect(await cookieLocale()).toBeUndefined();
  });

  it("offers the pseudo-locale where it is enabled", async () => {
    vi.stubEnv("CONSORT_PSEUDO_LOCALE", "1");
    actAs(world.staffA);
    expect(await setLanguage("en-XA")).toMatchObject({ status: "success" });
    expect(await localeOf(world.staffA)).toBe("en-XA");
  });

  it("makes what Consort says next come in the new language, from the person's row even without the cookie", async () => {
    actAs(world.staffA);
    expect(await refusedZone()).toMatchObject({
      message: english.errors.correctFields,
      fieldErrors: { timeZone: [english.account.timeZone.errors.unknown] },
    });

    await setLanguage("nl");
    expect(await requestLocale()).toBe("nl");
    expect(await refusedZone()).toMatchObject({
      message: dutch.errors.correctFields,
      fieldErrors: { timeZone: [dutch.account.timeZone.errors.unknown] },
    });

    // Another browser (no cookie), another device: the stored choice still leads.
    (await cookies()).delete(LOCALE_COOKIE);
    expect(await requestLocale()).toBe("nl");
    expect(await refusedZone()).toMatchObject({ fieldErrors: { timeZone: [dutch.account.timeZone.errors.unknown] } });
    // …over a cookie left by someone else's choice on the sign-in page.
    (await cookies()).set(LOCALE_COOKIE, "de");
    expect(await requestLocale()).toBe("nl");
    // Somebody else is still spoken to in the browser's language.
    actAs(world.staffB);
    (await cookies()).delete(LOCALE_COOKIE);
    expect(await requestLocale()).toBe("en");
  });

  it("asks an anonymous caller to sign in", async () => {
    actAs(null);
    const before = await tableFingerprint();
    expect(await setLanguage("nl")).toMatchObject({ status: "error", kind: "unauthenticated" });
    expect(await tableFingerprint()).toBe(before);
    expect(await cookieLocale()).toBeUndefined();
  });
});

describe("the language switch on the sign-in page", () => {
  const choose = (input: Record<string, unknown>) => callAction(chooseSignInLanguageAction, input, null);

  it("keeps the choice in the cookie only and returns to the sign-in page, keeping where it leads", async () => {
    const before = await tableFingerprint();
    expect(await choose({ locale: "de", next: "/programmes/abc/board?assignee=me" })).toEqual({
      type: "redirect",
      location: `/login?next=${encodeURIComponent("/programmes/abc/board?assignee=me")}`,
    });
    expect(await cookieLocale()).toBe("de");
    expect(await choose({ locale: "fr" })).toEqual({ type: "redirect", location: "/login" });
    expect(await cookieLocale()).toBe("fr");
    expect(await tableFingerprint()).toBe(before);
  });

  it("signs in in the chosen language: a wrong password is answered in it", async () => {
    await createUser({ email: "ana@example.test" });
    await choose({ locale: "de", next: "" });
    const form = new FormData();
    form.set("email", "ana@example.test");
    form.set("password", "not the password");
    expect(await signInWithPassword({}, form)).toEqual({ error: german.auth.errors.wrongCredentials, email: "ana@example.test" });
  });

  it("refuses a language Consort does not speak, or a malformed request, in the current language", async () => {
    for (const input of [{ locale: "xx" }, { locale: "en-XA" }, { locale: "nl", next: 7 }, { locale: "nl", next: "\uD800" }, {}]) {
      const outcome = await choose(input);
      expect(outcome, JSON.stringify(input)).toMatchObject({
        type: "state",
        state: { status: "error", kind: "invalid", message: english.errors.correctFields },
      });
    }
    expect(await cookieLocale()).toBeUndefined();
    expect(await choose({ locale: "xx" })).toMatchObject({
      state: { fieldErrors: { locale: [english.account.language.errors.unknown] } },
    });
  });
});

afterEach(() => {
  vi.unstubAllEnvs();
});
