// How accounts come to be when people are invited: where an inviter may create one, and the
// language a brand-new account starts in (client-safe: no server code).
import { PSEUDO_LOCALE, type Locale } from "@/lib/i18n/locales";

/** Accounts are made at one's own institution; platform admins make them anywhere. */
export function mayCreateAccountAt(adder: { institutionId: string | null; isPlatformAdmin: boolean }, institutionId: string): boolean {
  return adder.isPlatformAdmin || adder.institutionId === institutionId;
}

/**
 * The language a new account starts with: the one its inviter uses, so the invitation e-mail (and
 * the first pages) read naturally until the person chooses theirs. The pseudo-locale is a testing aid,
 * never stored.
 */
export function startingLocale(inviterLocale: Locale): string | null {
  return inviterLocale === PSEUDO_LOCALE ? null : inviterLocale;
}
