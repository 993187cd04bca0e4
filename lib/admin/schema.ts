// Forms and actions of the platform-admin area: institutions, users, programmes set up by an admin.
import { z } from "zod";
import { ProgrammeStarters } from "@/lib/generated/prisma/enums";
import { createProgrammeSchema } from "@/lib/programmes/schema";
import { zodMessage } from "@/lib/i18n/message";

export { ADMIN_PAGE_SIZE, MIN_PASSWORD_LENGTH } from "./constants";
import { MIN_PASSWORD_LENGTH } from "./constants";

const id = z.string().trim().min(1, zodMessage("admin.validation.chooseOne")).max(64);

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
    .min(3, zodMessage("admin.validation.institutionNameTooShort"))
    .max(200, zodMessage("admin.validation.institutionNameTooLong")),
  shortName: z
    .string()
    .trim()
    .min(2, zodMessage("admin.validation.shortNameTooShort"))
    .max(20, zodMessage("admin.validation.shortNameTooLong"))
    .regex(/^[\p{L}\p{N} .&'-]+$/u, zodMessage("admin.validation.shortNameCharacters")),
  country: z.string().trim().min(2, zodMessage("admin.validation.countryRequired")).max(80, zodMessage("admin.validation.countryTooLong")),
  city: z.string().trim().min(1, zodMessage("admin.validation.cityRequired")).max(80, zodMessage("admin.validation.cityTooLong")),
  erasmusCode: z.preprocess(
    blankToNull,
    z.string().trim().toUpperCase().regex(ERASMUS_CODE, zodMessage("admin.validation.erasmusCode")).nullable(),
  ),
  schacCode: z.preprocess(
    blankToNull,
    z
      .string()
      .trim()
      .toLowerCase()
      .regex(SCHAC_CODE, zodMessage("admin.validation.schacCode"))
      .max(100, zodMessage("admin.validation.schacCodeTooLong"))
      .nullable(),
  ),
});
export type InstitutionInput = z.output<typeof institutionSchema>;

export const updateInstitutionSchema = institutionSchema.extend({ institutionId: id });

const name = z
  .string()
  .trim()
  .min(2, zodMessage("admin.validation.personNameTooShort"))
  .max(120, zodMessage("admin.validation.personNameTooLong"));
const email = z
  .string()
  .trim()
  .toLowerCase()
  .email(zodMessage("admin.validation.email"))
  .max(200, zodMessage("admin.validation.emailTooLong"));
const institutionId = z.preprocess(blankToNull, id.nullable());
export const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, zodMessage("admin.validation.passwordTooShort", { min: MIN_PASSWORD_LENGTH }))
  .max(200, zodMessage("admin.validation.passwordTooLong"))
  .refine((value) => value.trim().length === value.length, zodMessage("admin.validation.passwordSpaces"));

/** Empty: the person gets an e-mail to choose their own password instead. */
const initialPassword = z.preprocess((value) => (value === undefined || value === "" ? null : value), password.nullable());

export const createUserSchema = z.object({
  name,
  email,
  institutionId,
  isPlatformAdmin: checkbox,
  isProgrammeCreator: checkbox,
  password: initialPassword,
});
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
  programmeStarters: z.enum(ProgrammeStarters, { message: zodMessage("admin.validation.programmeStarters") }),
});
export type PlatformSettingsInput = z.output<typeof platformSettingsSchema>;

export const resetPasswordSchema = z.object({ userId: id, password });

export const deactivateUserSchema = z.object({
  userId: id,
  reason: z.string().trim().min(3, zodMessage("admin.validation.reasonTooShort")).max(500, zodMessage("admin.validation.reasonTooLong")),
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
