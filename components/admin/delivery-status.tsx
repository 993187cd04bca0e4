import { getT } from "@/lib/i18n/server";

type Delivery = { transport: string; sentAt: Date | null; attempts: number; lastError: string | null };

/** Where an e-mail is: in the outbox, accepted by the SMTP server, being retried, or waiting. */
export async function DeliveryStatus({ message }: { message: Delivery }) {
  const t = await getT("admin");
  if (message.sentAt) {
    return (
      <span className="rounded-full bg-green-100 px-2.5 py-0.5 text-xs font-medium whitespace-nowrap text-green-900">
        {message.transport === "smtp" ? t("outbox.status.sent") : t("outbox.status.inOutbox")}
      </span>
    );
  }
  if (message.lastError) {
    return (
      <span className="text-sm text-amber-900">
        <span className="rounded-full bg-amber-100 px-2.5 py-0.5 text-xs font-medium whitespace-nowrap">
          {t("outbox.status.retrying", { attempts: message.attempts })}
        </span>{" "}
        <span className="break-words">{message.lastError}</span>
      </span>
    );
  }
  return (
    <span className="rounded-full bg-slate-200 px-2.5 py-0.5 text-xs font-medium whitespace-nowrap text-slate-900">
      {t("outbox.status.waiting")}
    </span>
  );
}
