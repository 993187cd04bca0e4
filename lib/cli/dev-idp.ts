// `npm run dev:idp`: a local OpenID provider (oidc-provider, lib/cli/identity-provider.ts) with two
// demo accounts, registered in Consort's database as Rijnmond University's login — the quick start's
// way to try "Sign in with your institution". Beside `npm start` (same embedded database and
// AUTH_SECRET); Ctrl-C stops it. For trying out only: its login page takes any password.
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { openDatabase } from "../../prisma/tools/database.ts";
import { discoverProvider } from "../sso/discovery.ts";
import { sealSecret } from "../sso/secret.ts";
import { authIdOf } from "../sso/providers.ts";
import { loadAuthSecret } from "./auth-secret.ts";
import { startIdentityProvider, type IdpAccount } from "./identity-provider.ts";

const SLUG = "rijnmond-demo";
const INSTITUTION = "RMU";
const DOMAIN = "rijnmond.test";
/** Pieter has a Consort account (the demo seed): his first sign-in links it. Noor has none: she gets one. */
const ACCOUNTS: Record<string, IdpAccount> = {
  "pieter.jansen@rijnmond.test": { email: "pieter.jansen@rijnmond.test", emailVerified: true, name: "Pieter Jansen" },
  "noor.dewit@rijnmond.test": { email: "noor.dewit@rijnmond.test", emailVerified: true, name: "Noor de Wit" },
};

const log = (line: string) => console.log(`[dev-idp] ${line}`);
const port = Number(process.env.CONSORT_DEV_IDP_PORT ?? 4010);
const appUrl = (process.env.APP_URL ?? process.env.AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");

const database = await openDatabase(log);
process.env.AUTH_SECRET = loadAuthSecret(log);
const clientId = "consort-demo";
const clientSecret = randomBytes(24).toString("base64url");
const idp = await startIdentityProvider({
  port,
  clients: [{ clientId, clientSecret, redirectUris: [`${appUrl}/api/auth/callback/${authIdOf(SLUG)}`], postLogoutRedirectUris: [`${appUrl}/login`] }],
  accounts: ACCOUNTS,
});
const discovery = await discoverProvider(idp.issuer);
if (!discovery.ok) throw new Error(`The demo provider's discovery failed: ${discovery.problem.key}`);

const client = new pg.Client({ connectionString: database.url });
await client.connect();
try {
  const { rows } = await client.query<{ id: string }>(`SELECT id FROM "Institution" WHERE "shortName" = $1`, [INSTITUTION]);
  const institutionId = rows[0]?.id;
  if (!institutionId) throw new Error(`No institution ${INSTITUTION}: load the demo partnership first (npm start does).`);
  await client.query("BEGIN");
  const { rows: saved } = await client.query<{ id: string }>(
    `INSERT INTO "IdentityProvider" (id, slug, "displayName", issuer, "clientId", "clientSecretSealed", "endSessionEndpoint", domains,
       "allowJustInTime", "newAccountInstitutionId", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, true, $9, now() AT TIME ZONE 'UTC')
     ON CONFLICT (slug) DO UPDATE SET issuer = EXCLUDED.issuer, "clientId" = EXCLUDED."clientId",
       "clientSecretSealed" = EXCLUDED."clientSecretSealed", "endSessionEndpoint" = EXCLUDED."endSessionEndpoint", "updatedAt" = EXCLUDED."updatedAt"
     RETURNING id`,
    [randomUUID(), SLUG, "Rijnmond University (demo login)", idp.issuer, clientId, sealSecret(clientSecret), discovery.metadata.endSessionEndpoint, [DOMAIN], institutionId],
  );
  await client.query(`INSERT INTO "IdentityProviderInstitution" ("providerId", "institutionId") VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
    saved[0]!.id,
    institutionId,
  ]);
  await client.query("COMMIT");
} finally {
  await client.end();
}

log(`OpenID provider at ${idp.issuer}, registered as "Rijnmond University (demo login)" for addresses at ${DOMAIN}.`);
log(`Try it: ${appUrl}/login → "Sign in with your institution" → pieter.jansen@rijnmond.test (has an account)`);
log(`or noor.dewit@rijnmond.test (gets one at first sign-in); any password on the demo login page. Ctrl-C stops.`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void idp.stop().then(() => database.stop()).then(() => process.exit(0));
  });
}
