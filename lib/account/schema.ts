import { z } from "zod";
import { selectableTimeZones } from "@/lib/domain/dates";

export { TIME_ZONE_COOKIE } from "./cookie";

/** The "Your account" time-zone form: an IANA zone from the list, or empty for "my browser's". */
export const timeZoneSettingSchema = z.object({
  timeZone: z
    .string({ error: "Choose a time zone, or “Use my browser's time zone”." })
    .trim()
    .max(64, "Choose a time zone from the list, such as Europe/Warsaw.")
    .transform((value) => value || null)
    .refine((value) => value === null || selectableTimeZones().includes(value), {
      error: "Consort does not know that time zone. Choose one from the list, such as Europe/Warsaw, or “Use my browser's time zone”.",
    }),
});
