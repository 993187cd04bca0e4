"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

const ITEMS = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/institutions", label: "Institutions" },
  { href: "/admin/users", label: "Users" },
  { href: "/admin/programmes", label: "Programmes" },
];

export function AdminNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Admin" className="mt-3">
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
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
