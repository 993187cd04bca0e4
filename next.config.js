// The largest legal advice form: 10 attachments of 10 MiB plus 1 MiB for the text fields and the
// multipart framing (MAX_SUBMISSION_BYTES in lib/advice/file-types.ts; a unit test keeps them equal).
const MAX_SUBMISSION_BYTES = 10 * 10 * 1024 * 1024 + 1024 * 1024;

import createNextIntlPlugin from "next-intl/plugin";

// Locale from the person or a cookie (no locale segment in URLs): lib/i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets two builds of one checkout (say, the e2e server and a developer's) keep separate outputs.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  serverExternalPackages: ["pg", "@prisma/client", "@prisma/adapter-pg", "@node-rs/argon2", "pg-boss", "nodemailer"],
  poweredByHeader: false,
  // Every page's <title> (and other metadata) is in the <head> of the HTML as it arrives, for every
  // browser: not streamed in later (Next's default for non-bots), which left a page briefly without
  // a title after a refresh (screen readers announce it; axe's document-title rule saw it missing).
  htmlLimitedBots: /.*/,
  // The build type-checks only the app's own code; `npm run typecheck` (part of `npm test`) checks
  // tests, scripts and benchmarks too, so a half-written test cannot break a production build.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  experimental: {
    // Both limits matter: the proxy (proxy.ts) buffers every request body and silently cuts it at
    // proxyClientMaxBodySize (default 10 MiB), which made a 10 MiB upload fail as a broken form;
    // serverActions.bodySizeLimit then refuses larger bodies. Bigger posts are answered by proxy.ts.
    proxyClientMaxBodySize: MAX_SUBMISSION_BYTES,
    serverActions: { bodySizeLimit: MAX_SUBMISSION_BYTES },
  },
};

export default withNextIntl(nextConfig);
