// Advice constants without zod, so client components can import them without pulling the validation
// library into the browser bundle. The words for kinds and visibilities are messages
// (adviceClient.kind, adviceClient.kindDescription, adviceClient.visibility).
import { AdviceKind } from "@/lib/generated/prisma/enums";

export const ADVICE_KINDS = Object.values(AdviceKind);
export const ADVICE_PAGE_SIZE = 25;
export const SUMMARY_MAX = 200;
export const DETAILS_MAX = 50_000;
