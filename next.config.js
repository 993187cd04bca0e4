/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets two builds of one checkout (say, the e2e server and a developer's) keep separate outputs.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  serverExternalPackages: ["pg", "@prisma/client", "@prisma/adapter-pg", "@node-rs/argon2"],
  poweredByHeader: false,
  // The build type-checks only the app's own code; `npm run typecheck` (part of `npm test`) checks
  // tests, scripts and benchmarks too, so a half-written test cannot break a production build.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  experimental: {
    serverActions: { bodySizeLimit: "11mb" },
  },
};

export default nextConfig;
