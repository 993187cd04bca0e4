import Link from "next/link";
import type { ReactNode } from "react";

export type WayForward = { href: string; label: string } | { form: ReactNode };

/**
 * Why a link does not work and what to do instead: a plain page (HTTP 200, nothing changed) with the
 * way forward as links (ask for a new one, sign in) or a form (sign out).
 */
export function LinkProblem({ body, ways }: { body: string; ways: WayForward[] }) {
  return (
    <div role="status" className="mt-6 space-y-4 rounded-lg border border-amber-700 bg-amber-50 p-6 text-sm text-amber-950 shadow-sm">
      <p>{body}</p>
      {ways.length > 0 && (
        <ul className="flex flex-wrap items-center gap-x-5 gap-y-2">
          {ways.map((way, index) =>
            "href" in way ? (
              <li key={way.href}>
                <Link href={way.href} className="font-medium text-blue-800 underline">
                  {way.label}
                </Link>
              </li>
            ) : (
              <li key={index}>{way.form}</li>
            ),
          )}
        </ul>
      )}
    </div>
  );
}
