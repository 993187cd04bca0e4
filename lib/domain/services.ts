import type { Service } from "@/lib/generated/prisma/enums";

/**
 * The guide's order: internationalisation and teaching & learning first, then the rest.
 * Every list, matrix column and next-step ranking uses this order. (Their names and descriptions are
 * words, so they live in the messages: the domain namespace's service.* and serviceDescription.*.)
 */
export const SERVICES_IN_GUIDE_ORDER = [
  "INTERNATIONALISATION",
  "TEACHING_AND_LEARNING",
  "PROGRAMME_ADMINISTRATION",
  "IT",
  "LEGAL",
  "STUDENT_ADMINISTRATION",
] as const satisfies readonly Service[];

/** The services the guide says to contact first. */
export const FIRST_SERVICES: readonly Service[] = ["INTERNATIONALISATION", "TEACHING_AND_LEARNING"];

export function serviceRank(service: Service): number {
  return SERVICES_IN_GUIDE_ORDER.indexOf(service);
}

/** A copy of `services` in the guide's order. */
export function inGuideOrder(services: readonly Service[]): Service[] {
  return [...services].sort((a, b) => serviceRank(a) - serviceRank(b));
}
