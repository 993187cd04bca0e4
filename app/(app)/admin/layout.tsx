import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { AdminNav } from "@/components/admin/admin-nav";
import { getT } from "@/lib/i18n/server";

// The admin area does not exist for anyone but platform admins (404, like a programme for outsiders).
// Every admin action checks again: a layout does not guard server actions.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  if (!user.isPlatformAdmin) notFound();
  const t = await getT("admin");
  return (
    <div>
      <div className="mb-6 border-b border-slate-300 pb-3">
        <p className="text-xl font-semibold text-slate-900">{t("layout.title")}</p>
        <AdminNav />
      </div>
      {children}
    </div>
  );
}
