// The e2e identity providers (tests/support/idp-server.ts): how Consort is registered at them.
export const E2E_IDP_CLIENT = { clientId: "consort-e2e", clientSecret: "consort-e2e-secret" };
export const E2E_IDP_SLUGS = { a: "rijnmond", b: "vistula-lyon" };

export const idpIssuer = (which: "a" | "b") =>
  `http://localhost:${which === "a" ? process.env.CONSORT_E2E_IDP_A_PORT : process.env.CONSORT_E2E_IDP_B_PORT}`;
