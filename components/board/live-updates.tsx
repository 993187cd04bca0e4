"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";

/**
 * Follows the programme's board over server-sent events and refreshes the page's server data when
 * someone changes an issue, so open boards stay current without a reload.
 */
export function LiveUpdates({ programmeId }: { programmeId: string }) {
  const router = useRouter();
  const t = useTranslations("boardClient");
  const [connected, setConnected] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    const source = new EventSource(`/api/programmes/${programmeId}/board/events`);
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false); // EventSource reconnects by itself
    source.addEventListener("board", () => {
      // Several changes in a burst (a drag, a bulk import) cause one refresh.
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => router.refresh(), 250);
    });
    return () => {
      if (timer.current) clearTimeout(timer.current);
      source.close();
    };
  }, [programmeId, router]);

  return (
    <p className="text-xs text-slate-700" data-live={connected ? "on" : "off"}>
      <span aria-hidden="true" className={`mr-1 inline-block h-2 w-2 rounded-full ${connected ? "bg-green-700" : "bg-slate-400"}`} />
      {connected ? t("live.on") : t("live.connecting")}
    </p>
  );
}
