/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets two builds of one checkout (say, the e2e server and a developer's) keep separate outputs.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  serverExternalPackages: ["pg", "@prisma/client", "@prisma/adapter-pg", "@node-rs/argon2"],
  poweredByHeader: false,
  experimental: {
    serverActions: { bodySizeLimit: "11mb" },
  },
};

export default nextConfig;
