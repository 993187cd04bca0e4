// Forms and actions of the platform-admin area: institutions, users, programmes set up by an admin.
import { z } from "zod";
import { ProgrammeStarters } from "@/lib/generated/prisma/enums";
import { createProgrammeSchema } from "@/lib/programmes/schema";

export { ADMIN_PAGE_SIZE, MIN_PASSWORD_LENGTH } from "./constants";
import { MIN_PASSWORD_LENGTH } from "./constants";

const id = z.string().trim().min(1, "Choose one.").max(64);

/** Empty (or absent) optional inputs mean "none". */
const blankToNull = (value: unknown) => (value === undefined || (typeof value === "string" && value.trim() === "") ? null : value);

/** An HTML checkbox sends "on" when ticked and nothing when not; callers in code send booleans. */
const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

// Erasmus institutional codes: country (1–3 letters, space-padded), city (letters), a 2–3 digit number
// ("NL AMSTERD01", "F  PARIS001").
const ERASMUS_CODE = /^[A-Z]{1,3} +[A-Z-]{2,9}[0-9]{2,3}$/;
// SCHAC home organisation: the institution's domain name.
const SCHAC_CODE = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

export const institutionSchema = z.object({
  name: z
    .string()
    .trim()
    .min(3, "Enter the institution's full name (at least 3 characters).")
    .max(200, "Keep the name under 200 characters."),
  shortName: z
    .string()
    .trim()
    .min(2, "Enter a short name of at least 2 characters, e.g. UvA.")
    .max(20, "Keep the short name to 20 characters or fewer.")
    .regex(/^[\p{L}\p{N} .&'-]+$/u, "Use letters, digits, spaces and . & ' - only."),
  country: z.string().trim().min(2, "Enter the country.").max(80, "Keep the country under 80 characters."),
  city: z.string().trim().min(1, "Enter the city.").max(80, "Keep the city under 80 characters."),
  erasmusCode: z.preprocess(
    blankToNull,
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(
        ERASMUS_CODE,
        "Enter an Erasmus code like “NL AMSTERD01” (country letters, city letters, two or three digits), or leave it empty.",
      )
      .nullable(),
  ),
  schacCode: z.preprocess(
    blankToNull,
    z
      .string()
      .trim()
      .toLowerCase()
      .regex(SCHAC_CODE, "Enter the SCHAC code as a domain name like “uva.nl”, or leave it empty.")
      .max(100, "Keep the SCHAC code under 100 characters.")
      .nullable(),
  ),
});
export type InstitutionInput = z.output<typeof institutionSchema>;

export const updateInstitutionSchema = institutionSchema.extend({ institutionId: id });

const name = z.string().trim().min(2, "Enter the person's name (at least 2 characters).").max(120, "Keep the name under 120 characters.");
const email = z
  .string()
  .trim()
  .toLowerCase()
  .email("Enter a valid email address, e.g. name@university.eu.")
  .max(200, "That email address is too long.");
const institutionId = z.preprocess(blankToNull, id.nullable());
export const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(200, "Use at most 200 characters.")
  .refine((value) => value.trim().length === value.length, "Remove the spaces at the start or end of the password.");

export const createUserSchema = z.object({ name, email, institutionId, isPlatformAdmin: checkbox, isProgrammeCreator: checkbox, password });
export type CreateUserInput = z.output<typeof createUserSchema>;

export const updateUserSchema = z.object({
  userId: id,
  name,
  email,
  institutionId,
  isPlatformAdmin: checkbox,
  isProgrammeCreator: checkbox,
});
export type UpdateUserInput = z.output<typeof updateUserSchema>;

export const platformSettingsSchema = z.object({
  programmeStarters: z.enum(ProgrammeStarters, { message: "Choose who may start programmes." }),
});
export type PlatformSettingsInput = z.output<typeof platformSettingsSchema>;

export const resetPasswordSchema = z.object({ userId: id, password });

export const deactivateUserSchema = z.object({
  userId: id,
  reason: z
    .string()
    .trim()
    .min(3, "Say why the account is being deactivated (at least 3 characters).")
    .max(500, "Keep the reason under 500 characters."),
});

export const reactivateUserSchema = z.object({ userId: id });

/** A programme created by an admin for a chosen team leader; the leader's home institution leads it. */
export const adminCreateProgrammeSchema = createProgrammeSchema.omit({ leadInstitutionId: true }).extend({ leaderId: id });

export const USER_STATUS_FILTERS = ["all", "active", "deactivated"] as const;
export type UserStatusFilter = (typeof USER_STATUS_FILTERS)[number];

/** ?q=…&page=…&status=… of the admin lists (after firstValues); anything malformed falls back to the default. */
export const listQuerySchema = z.object({
  q: z.string().trim().max(100).catch("").default(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  status: z.enum(USER_STATUS_FILTERS).catch("all").default("all"),
});
export type ListQuery = z.output<typeof listQuerySchema>;
