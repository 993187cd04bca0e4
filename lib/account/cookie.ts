// Zod-free, so the layout's client component can import it without shipping zod to every page.

/** The cookie the browser's own time zone travels in (set by components/account/time-zone-cookie.tsx). */
export const TIME_ZONE_COOKIE = "tz";
