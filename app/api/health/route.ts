import { checkDatabase } from "@/lib/health/data";

export const dynamic = "force-dynamic";

// For load balancers, and for the error page to tell "database down" from "bug". Says nothing but up/down.
export async function GET() {
  const health = await checkDatabase();
  return Response.json(health, { status: health.database === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
