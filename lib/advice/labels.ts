// Advice constants and labels without zod, so client components can import them without pulling the
// validation library into the browser bundle. lib/advice/schema.ts re-exports them for server code.
import { AdviceKind, type AdviceVisibility } from "@/lib/generated/prisma/enums";

export const ADVICE_KIND_LABELS: Record<AdviceKind, string> = {
  INFORMATION: "Information",
  PRECONDITION: "Precondition",
  REQUIREMENT: "Requirement",
  RECOMMENDATION: "Recommendation",
  DECISION: "Decision",
};

export const ADVICE_KIND_DESCRIPTIONS: Record<AdviceKind, string> = {
  INFORMATION: "Background the programme team should know.",
  PRECONDITION: "Something that must be in place before a step can start (e.g. before approval).",
  REQUIREMENT: "A rule the programme must meet.",
  RECOMMENDATION: "Good practice the service suggests.",
  DECISION: "A decision the service or institution has taken.",
};

export const ADVICE_VISIBILITY_LABELS: Record<AdviceVisibility, string> = {
  INSTITUTION_DRAFT: "Institution draft",
  SHARED: "Shared with the partnership",
};

export const ADVICE_KINDS = Object.values(AdviceKind);
export const ADVICE_PAGE_SIZE = 25;
export const SUMMARY_MAX = 200;
export const DETAILS_MAX = 50_000;
