import type { getAccountInvitationStatus } from "@/lib/accounts/data";
import { formatMomentDay, type Reader } from "@/lib/domain/dates";
import { getT } from "@/lib/i18n/server";
import { AccountInvitationForm } from "./account-invitation-form";

type Status = NonNullable<Awaited<ReturnType<typeof getAccountInvitationStatus>>>;

/**
 * Admin → a user without a password: whether they were sent a link to choose one and whether it still
 * works ("Invitation sent 24 Nov 2026, not used yet"), and a button to send a new one.
 */
export async function AccountInvitationPanel({ userId, status, reader }: { userId: string; status: Status; reader: Reader }) {
  const t = await getT("invitations");
  const { latest } = status;
  const day = (date: Date) => formatMomentDay(date, reader);
  const said = !latest
    ? t("admin.never")
    : latest.revokedAt || latest.usedAt
      ? t("admin.replaced", { date: day(latest.createdAt) })
      : latest.expiresAt <= new Date()
        ? t("admin.expired", { date: day(latest.createdAt), expires: day(latest.expiresAt) })
        : t("admin.pending", { date: day(latest.createdAt), expires: day(latest.expiresAt) });
  return (
    <div className="mb-4 max-w-2xl space-y-3 rounded-lg border border-slate-300 bg-white p-6 text-sm text-slate-800 shadow-sm">
      <p>{t("admin.noPassword")}</p>
      <p className="font-medium text-slate-900">{status.deactivated ? t("admin.deactivated") : said}</p>
      {!status.deactivated && <AccountInvitationForm userId={userId} />}
    </div>
  );
}
