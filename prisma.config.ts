import { defineConfig } from "prisma/config";

// Read process.env directly: prisma's env() helper throws when DATABASE_URL is unset, which would
// break `prisma generate` during `npm install`. Migrations do not go through the Prisma CLI here.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/consort" },
});
