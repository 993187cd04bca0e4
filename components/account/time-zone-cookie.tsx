"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { TIME_ZONE_COOKIE } from "@/lib/account/cookie";

function readCookie(name: string): string | null {
  const prefix = `${name}=`;
  const found = document.cookie.split("; ").find((c) => c.startsWith(prefix));
  return found ? decodeURIComponent(found.slice(prefix.length)) : null;
}

/**
 * Tells the server the browser's time zone without a round trip on every page: the zone rides in a
 * cookie on every later request. When the page was just rendered in another zone and the person has
 * no zone of their own, it is rendered again, once (the cookie then matches, so it cannot loop).
 */
export function TimeZoneCookie({ renderedIn, followsBrowser }: { renderedIn: string; followsBrowser: boolean }) {
  const router = useRouter();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || readCookie(TIME_ZONE_COOKIE) === zone) return;
    document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
    // Refresh only when the cookie stuck (cookies may be blocked) and the page shows another zone.
    if (followsBrowser && zone !== renderedIn && readCookie(TIME_ZONE_COOKIE) === zone) router.refresh();
  }, [renderedIn, followsBrowser, router]);
  return null;
}
