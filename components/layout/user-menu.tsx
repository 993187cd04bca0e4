import Link from "next/link";
import { signOutEverywhere, signOutHere } from "@/lib/auth/actions";
import { updateLanguageAction } from "@/lib/account/actions";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { Button } from "@/components/ui/button";
import { LanguageSwitch } from "./language-switch";

export async function UserMenu({
  name,
  email,
  language,
}: {
  name: string;
  email: string;
  /** The language the page is in, and the ones the switch offers. */
  language: { current: Locale; offered: readonly Locale[] };
}) {
  const t = await getT("common");
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <span className="text-slate-800">
        <span className="font-medium">{name}</span> <span className="text-slate-600">({email})</span>
      </span>
      <Link href="/account" className="font-medium text-blue-800 underline-offset-2 hover:underline">
        {t("userMenu.account")}
      </Link>
      <LanguageSwitch action={updateLanguageAction} current={language.current} locales={language.offered} />
      <form action={signOutHere}>
        <Button type="submit" variant="secondary" size="sm">
          {t("userMenu.signOut")}
        </Button>
      </form>
      <form action={signOutEverywhere}>
        <Button type="submit" variant="ghost" size="sm" title={t("userMenu.signOutEverywhereTitle")}>
          {t("userMenu.signOutEverywhere")}
        </Button>
      </form>
    </div>
  );
}
