import path from "node:path";

export const projectRoot = path.resolve(import.meta.dirname, "..", "..");
export const prismaDir = path.join(projectRoot, "prisma");
export const migrationsDir = path.join(prismaDir, "migrations");
export const schemaPath = path.join(prismaDir, "schema.prisma");
/** Where `npm start` keeps its embedded PostgreSQL cluster (git-ignored). */
export const localDataDir = path.join(projectRoot, ".data", "postgres");
