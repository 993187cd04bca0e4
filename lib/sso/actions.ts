"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAdminAction, definePublicAction } from "@/lib/actions/define";
import { invalidFields } from "@/lib/errors";
import { signIn, withIdentityProviders } from "@/lib/auth/auth";
import { afterSignInPath } from "@/lib/auth/redirect";
import { msg } from "@/lib/i18n/message";
import { getSay } from "@/lib/i18n/server";
import { loadSsoProviders } from "./data";
import { discoverProvider } from "./discovery";
import { handoffPath } from "./handoff";
import { createIdentityProvider, deleteIdentityProvider, setInstitutionRequiresSso, updateIdentityProvider } from "./mutations";
import { createProviderSchema, deleteProviderSchema, requireSsoSchema, updateProviderSchema } from "./schema";
import { domainOf, providerForEmail } from "./providers";

export type InstitutionSignInState = { error?: string; email?: string };

const textOf = (value: FormDataEntryValue | null) => (typeof value === "string" ? value.trim() : "");

/**
 * "Sign in with your institution": the identity provider chosen by the address's domain (or by the
 * institution picked), then off to it. Public: nobody is signed in yet; what it may do is decided at
 * the callback (completeSsoSignIn, lib/sso/mutations.ts).
 */
export const signInWithInstitution = definePublicAction(async function signInWithInstitution(
  _previous: InstitutionSignInState,
  formData: FormData,
): Promise<InstitutionSignInState> {
  const say = await getSay();
  if (!(formData instanceof FormData)) return { error: say(msg("auth.sso.enterEmail")) };
  const email = textOf(formData.get("email")).slice(0, 320);
  const picked = textOf(formData.get("provider"));
  const providers = await loadSsoProviders();
  const provider = picked ? providers.find((p) => p.slug === picked) : providerForEmail(providers, email);
  if (!provider) {
    if (picked) return { error: say(msg("auth.sso.providerGone")), email };
    if (!domainOf(email)) return { error: say(msg("auth.sso.enterEmail")), email };
    return { error: say(msg("auth.sso.noProviderForDomain", { domain: domainOf(email)! })), email };
  }
  // Auth.js sets its state, PKCE and nonce cookies here and answers with the provider's login address
  // (after fetching its discovery document: a provider that does not answer fails here).
  let loginUrl: unknown;
  try {
    loginUrl = await withIdentityProviders(() =>
      signIn(
        provider.authId,
        { redirect: false, redirectTo: afterSignInPath(textOf(formData.get("next"))) },
        email ? { login_hint: email } : undefined,
      ),
    );
  } catch (error) {
    console.error(`Sign-in through ${provider.slug} could not start:`, error);
    return { error: say(msg("auth.sso.providerUnreachable", { provider: provider.displayName })), email };
  }
  redirect(handoffPath(String(loginUrl)));
});

// ——— Admin → Sign-in ———

/** The issuer's discovery, checked before anything is stored: its problem is shown beside the issuer field. */
async function discovered(issuer: string) {
  const outcome = await discoverProvider(issuer);
  if (!outcome.ok) throw invalidFields({ issuer: outcome.problem }, msg("sso.discovery.failed"));
  return outcome.metadata;
}

export const createIdentityProviderAction = defineAdminAction({
  schema: createProviderSchema,
  handler: async ({ user, input: { clientSecret, ...fields } }) => {
    const { endSessionEndpoint } = await discovered(fields.issuer);
    const { id } = await createIdentityProvider(user.id, { ...fields, endSessionEndpoint }, clientSecret);
    revalidatePath("/admin", "layout");
    redirect(`/admin/sign-in/${id}?created=1`);
  },
});

export const updateIdentityProviderAction = defineAdminAction({
  schema: updateProviderSchema,
  handler: async ({ user, input: { providerId, clientSecret, ...fields } }) => {
    const { endSessionEndpoint } = await discovered(fields.issuer);
    const { changed } = await updateIdentityProvider(user.id, providerId, { ...fields, endSessionEndpoint }, clientSecret);
    revalidatePath("/admin", "layout");
    return { status: "success", message: changed.length ? msg("sso.admin.saved") : msg("admin.saved.nothing") };
  },
});

export const deleteIdentityProviderAction = defineAdminAction({
  schema: deleteProviderSchema,
  handler: async ({ user, input }) => {
    const { displayName } = await deleteIdentityProvider(user.id, input.providerId);
    revalidatePath("/admin", "layout");
    redirect(`/admin/sign-in?deleted=${encodeURIComponent(displayName)}`);
  },
});

export const setInstitutionRequiresSsoAction = defineAdminAction({
  schema: requireSsoSchema,
  handler: async ({ user, input }) => {
    const { changed, name } = await setInstitutionRequiresSso(user.id, input.institutionId, input.requireSso);
    revalidatePath("/admin", "layout");
    if (!changed) return { status: "success", message: msg("admin.saved.nothing") };
    return { status: "success", message: msg(input.requireSso ? "sso.admin.requireOn" : "sso.admin.requireOff", { institution: name }) };
  },
});
