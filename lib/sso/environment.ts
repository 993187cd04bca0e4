import "server-only";
import { z } from "zod";

// Identity providers defined by the deployment, in CONSORT_OIDC_PROVIDERS (a JSON array), for those
// who keep secrets out of the database. They win over providers added in Admin → Sign-in: the admin
// page shows them read-only and refuses a provider with the same slug or issuer.

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "a slug is lower-case letters, digits and dashes");

const environmentProvider = z.object({
  slug,
  displayName: z.string().min(1),
  issuer: z.string().url(),
  clientId: z.string().min(1),
  clientSecret: z.string().min(1),
  domains: z
    .array(
      z
        .string()
        .min(1)
        .transform((d) => d.toLowerCase()),
    )
    .min(1),
  /** Institutions it serves, by short name (Admin → Institutions). */
  institutions: z.array(z.string().min(1)).default([]),
  allowJustInTime: z.boolean().default(false),
  /** Short name of the institution just-in-time accounts join. */
  newAccountInstitution: z.string().min(1).optional(),
  endSessionEndpoint: z.string().url().optional(),
});

export type EnvironmentProvider = z.infer<typeof environmentProvider>;

const environmentProviders = z.array(environmentProvider).superRefine((providers, context) => {
  for (const key of ["slug", "issuer"] as const) {
    const seen = new Set<string>();
    for (const provider of providers) {
      if (seen.has(provider[key])) context.addIssue({ code: "custom", message: `two providers have the ${key} "${provider[key]}"` });
      seen.add(provider[key]);
    }
  }
});

let parsed: { raw: string | undefined; providers: EnvironmentProvider[] } | undefined;

/** CONSORT_OIDC_PROVIDERS, checked; a malformed value stops with a message naming what is wrong. */
export function readEnvironmentProviders(raw = process.env.CONSORT_OIDC_PROVIDERS): EnvironmentProvider[] {
  if (parsed && parsed.raw === raw) return parsed.providers;
  let providers: EnvironmentProvider[] = [];
  if (raw?.trim()) {
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      throw new Error("CONSORT_OIDC_PROVIDERS is not valid JSON: it must be an array of providers (see .env.example).");
    }
    const result = environmentProviders.safeParse(json);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new Error(`CONSORT_OIDC_PROVIDERS: ${issue.path.join(".") || "the list"}: ${issue.message} (see .env.example).`);
    }
    providers = result.data;
  }
  parsed = { raw, providers };
  return providers;
}
