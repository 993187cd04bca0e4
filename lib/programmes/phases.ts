// Zod-free, so client forms can import it without shipping zod (whose eval probe trips the CSP).
import type { ProgrammeStatus } from "@/lib/generated/prisma/enums";

/** The phases a team leader moves the programme through; archiving is left to platform administrators. */
export const PROGRAMME_PHASES = ["DESIGN", "DEVELOPMENT", "APPROVAL", "DELIVERY"] as const satisfies readonly ProgrammeStatus[];
