// Admin → Sign-in: the forms that add, change and remove identity providers, and require single
// sign-on for an institution.
import { z } from "zod";
import { zodMessage } from "@/lib/i18n/message";

const id = z.string().trim().min(1, zodMessage("admin.validation.chooseOne")).max(64);
const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());
const blankToNull = (value: unknown) => (value === undefined || (typeof value === "string" && value.trim() === "") ? null : value);
const list = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? (value as unknown[]) : [value]);

const DOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

/** One domain per line or separated by commas or spaces, "@" in front allowed, each once. */
const domains = z.preprocess(
  (value) =>
    typeof value === "string"
      ? [
          ...new Set(
            value
              .split(/[\s,;]+/)
              .map((d) => d.trim().replace(/^@/, "").toLowerCase())
              .filter(Boolean),
          ),
        ]
      : value,
  z
    .array(z.string().max(100, zodMessage("sso.validation.domain")).regex(DOMAIN, zodMessage("sso.validation.domain")))
    .min(1, zodMessage("sso.validation.domainsRequired"))
    .max(50, zodMessage("sso.validation.tooManyDomains")),
);

const providerFields = {
  displayName: z.string().trim().min(2, zodMessage("sso.validation.displayName")).max(120, zodMessage("sso.validation.displayName")),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, zodMessage("sso.validation.slug")),
  issuer: z
    .string()
    .trim()
    .max(500, zodMessage("sso.validation.issuer"))
    .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol) && !new URL(value).search && !new URL(value).hash, {
      message: zodMessage("sso.validation.issuer"),
    }),
  clientId: z.string().trim().min(1, zodMessage("sso.validation.clientId")).max(500, zodMessage("sso.validation.clientId")),
  domains,
  institutionIds: z.preprocess(list, z.array(id).min(1, zodMessage("sso.validation.institutionsRequired")).max(200)),
  allowJustInTime: checkbox,
  newAccountInstitutionId: z.preprocess(blankToNull, id.nullable()),
};

const clientSecret = z.string().min(1, zodMessage("sso.validation.clientSecret")).max(1000, zodMessage("sso.validation.clientSecret"));

/** The institution for just-in-time accounts is one the provider serves, and required when they are on. */
function newAccountsBelong(
  input: { allowJustInTime: boolean; newAccountInstitutionId: string | null; institutionIds: string[] },
  context: z.RefinementCtx,
) {
  if (input.allowJustInTime && !input.newAccountInstitutionId)
    context.addIssue({ code: "custom", path: ["newAccountInstitutionId"], message: zodMessage("sso.validation.newAccountInstitution") });
  if (input.newAccountInstitutionId && !input.institutionIds.includes(input.newAccountInstitutionId))
    context.addIssue({
      code: "custom",
      path: ["newAccountInstitutionId"],
      message: zodMessage("sso.validation.newAccountInstitutionServed"),
    });
}

export const createProviderSchema = z.object({ ...providerFields, clientSecret }).superRefine(newAccountsBelong);
export type CreateProviderInput = z.output<typeof createProviderSchema>;

/** A blank secret keeps the stored one (it is never shown again). */
export const updateProviderSchema = z
  .object({ ...providerFields, providerId: id, clientSecret: z.preprocess(blankToNull, clientSecret.nullable()) })
  .superRefine(newAccountsBelong);
export type UpdateProviderInput = z.output<typeof updateProviderSchema>;

export const deleteProviderSchema = z.object({ providerId: id });

export const requireSsoSchema = z.object({ institutionId: id, requireSso: checkbox });
