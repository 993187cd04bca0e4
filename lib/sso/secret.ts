import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { appSecret } from "@/lib/auth/app-secret";

// An identity provider's client secret, sealed for the database: AES-256-GCM under a key derived
// from AUTH_SECRET (HKDF-SHA256), a fresh IV each time. A database dump alone does not reveal it;
// changing AUTH_SECRET makes every stored secret unreadable (the admin page then asks for it again).

const VERSION = "v1";

function key(): Buffer {
  return Buffer.from(hkdfSync("sha256", appSecret(), "consort", "identity-provider-client-secret", 32));
}

export function sealSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), sealed].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** The secret, or null when it was sealed under another AUTH_SECRET or is not a sealed value at all. */
export function openSecret(sealed: string): string | null {
  const [version, iv, tag, body, extra] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined || extra !== undefined) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
