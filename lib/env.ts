import "server-only";
import { z } from "zod";

// Validated once at startup so a misconfigured server fails loudly instead of half-working.
const schema = z.object({
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgresql:// URL" }),
  // Read by Auth.js itself; checked here only when present (scripts such as the seed don't need it).
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters (openssl rand -base64 32)").optional(),
  // Connections each server process may hold (pg's default is 10).
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export const env = schema.parse(process.env);
