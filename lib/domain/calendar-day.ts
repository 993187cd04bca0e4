import { z } from "zod";

/**
 * A calendar day typed as YYYY-MM-DD, as every date field in Consort takes it. ISO 8601 has a year
 * 0000; PostgreSQL does not (1 BC is followed by AD 1) and would refuse to store it, so it is refused
 * here, with the field's own message, instead of failing the save.
 */
export function calendarDay(message: string) {
  return z.iso.date({ message }).refine((value) => !value.startsWith("0000-"), { message });
}
