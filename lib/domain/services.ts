import { Service } from "@/lib/generated/prisma/enums";

/**
 * The guide's order: internationalisation and teaching & learning first, then the rest.
 * Every list, matrix column and next-step ranking uses this order.
 */
export const SERVICES_IN_GUIDE_ORDER = [
  Service.INTERNATIONALISATION,
  Service.TEACHING_AND_LEARNING,
  Service.PROGRAMME_ADMINISTRATION,
  Service.IT,
  Service.LEGAL,
  Service.STUDENT_ADMINISTRATION,
] as const satisfies readonly Service[];

/** The services the guide says to contact first. */
export const FIRST_SERVICES: readonly Service[] = [Service.INTERNATIONALISATION, Service.TEACHING_AND_LEARNING];

export const SERVICE_LABELS: Record<Service, string> = {
  INTERNATIONALISATION: "Internationalisation",
  TEACHING_AND_LEARNING: "Teaching & learning",
  PROGRAMME_ADMINISTRATION: "Programme administration",
  IT: "IT",
  LEGAL: "Legal",
  STUDENT_ADMINISTRATION: "Student administration",
};

export const SERVICE_DESCRIPTIONS: Record<Service, string> = {
  INTERNATIONALISATION: "International collaboration, staff and student mobility formats, the agreements a joint programme needs.",
  TEACHING_AND_LEARNING: "Course and curriculum design and collaborative development.",
  PROGRAMME_ADMINISTRATION: "The faculty or university approval process, its preconditions and steps up to publication.",
  IT: "Delivery technology and the common platform or learning environment.",
  LEGAL: "Regulatory issues between partners; adjusting institutional rules; requests to government.",
  STUDENT_ADMINISTRATION: "Admission, registration, records and certificates.",
};

export function serviceRank(service: Service): number {
  return SERVICES_IN_GUIDE_ORDER.indexOf(service);
}

/** A copy of `services` in the guide's order. */
export function inGuideOrder(services: readonly Service[]): Service[] {
  return [...services].sort((a, b) => serviceRank(a) - serviceRank(b));
}
