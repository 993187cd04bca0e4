import "server-only";
import { z } from "zod";
import { msg, type Message } from "@/lib/i18n/message";

// An identity provider's OpenID Connect discovery document, fetched and checked when an admin saves
// the provider, so a wrong issuer URL is caught then, with a message that says what is wrong, and not
// at some person's first sign-in.

export type ProviderMetadata = { issuer: string; endSessionEndpoint: string | null };

const DISCOVERY_TIMEOUT_MS = 8_000;

const httpUrl = z.string().refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol));

const discoverySchema = z.object({
  issuer: z.string(),
  authorization_endpoint: httpUrl,
  token_endpoint: httpUrl,
  jwks_uri: httpUrl,
  response_types_supported: z.array(z.string()),
  code_challenge_methods_supported: z.array(z.string()).optional(),
  end_session_endpoint: httpUrl.optional(),
});

/** Where OpenID Connect Discovery 1.0 (§4) puts the document of `issuer`. */
export function discoveryUrl(issuer: string): string {
  return `${issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`;
}

export type DiscoveryOutcome = { ok: true; metadata: ProviderMetadata } | { ok: false; problem: Message };

/** Fetches and checks the issuer's discovery document: the answer says what is wrong, in words an admin can act on. */
export async function discoverProvider(issuer: string): Promise<DiscoveryOutcome> {
  const url = discoveryUrl(issuer);
  let body: unknown;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(DISCOVERY_TIMEOUT_MS), redirect: "error", cache: "no-store" });
    if (!response.ok) return { ok: false, problem: msg("sso.discovery.status", { url, status: response.status }) };
    body = await response.json().catch(() => undefined);
    if (body === undefined) return { ok: false, problem: msg("sso.discovery.notJson", { url }) };
  } catch {
    return { ok: false, problem: msg("sso.discovery.unreachable", { url }) };
  }
  return checkDiscovery(issuer, body);
}

/** The checks on a fetched document (also used by the unit tests). */
export function checkDiscovery(issuer: string, body: unknown): DiscoveryOutcome {
  const parsed = discoverySchema.safeParse(body);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? "issuer");
    return { ok: false, problem: msg("sso.discovery.missing", { field }) };
  }
  const document = parsed.data;
  // OpenID Connect Discovery §4.3: the issuer stated must be exactly the one asked for.
  if (document.issuer !== issuer) return { ok: false, problem: msg("sso.discovery.issuerMismatch", { stated: document.issuer }) };
  if (!document.response_types_supported.includes("code")) return { ok: false, problem: msg("sso.discovery.noCodeFlow") };
  if (document.code_challenge_methods_supported && !document.code_challenge_methods_supported.includes("S256"))
    return { ok: false, problem: msg("sso.discovery.noPkce") };
  return { ok: true, metadata: { issuer: document.issuer, endSessionEndpoint: document.end_session_endpoint ?? null } };
}
