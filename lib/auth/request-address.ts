import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";

// The client address a sign-in is throttled by. `npm start` (lib/cli/serve.mjs) replaces
// X-Forwarded-For with the one address it trusts, so the first entry is never client-chosen.
export function requestAddress(requestHeaders: Headers): string {
  const forwarded = requestHeaders.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || requestHeaders.get("x-real-ip") || "unknown";
}

/** The address of the request a server action runs in ("unknown" when called outside one, as in tests). */
export async function currentRequestAddress(): Promise<string> {
  try {
    return requestAddress(await headers());
  } catch (error) {
    unstable_rethrow(error);
    return "unknown";
  }
}
