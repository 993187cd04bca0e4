"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

export function ProgrammeNav({ programmeId, items }: { programmeId: string; items: { href: string; label: string }[] }) {
  const t = useTranslations("programmesClient");
  const pathname = usePathname();
  return (
    <nav aria-label={t("nav.label")} className="mt-3">
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => {
          const href = `/programmes/${programmeId}/${item.href}`;
          const current = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={item.href}>
              <Link
                href={href}
                aria-current={current ? "page" : undefined}
                className={`block rounded-md px-3 py-1.5 text-sm font-medium ${current ? "bg-blue-800 text-white" : "text-slate-800 hover:bg-slate-200"}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
