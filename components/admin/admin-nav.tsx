"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

const ITEMS = [
  { href: "/admin", label: "overview" },
  { href: "/admin/institutions", label: "institutions" },
  { href: "/admin/users", label: "users" },
  { href: "/admin/programmes", label: "programmes" },
  { href: "/admin/sign-in", label: "signIn" },
  { href: "/admin/outbox", label: "outbox" },
] as const;

export function AdminNav() {
  const t = useTranslations("adminClient");
  const pathname = usePathname();
  return (
    <nav aria-label={t("nav.label")} className="mt-3">
      <ul className="flex flex-wrap gap-1">
        {ITEMS.map((item) => {
          const current = item.href === "/admin" ? pathname === "/admin" : pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`block rounded-md px-3 py-1.5 text-sm font-medium ${current ? "bg-blue-800 text-white" : "text-slate-800 hover:bg-slate-200"}`}
              >
                {t(`nav.${item.label}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
