import type { ReactNode } from "react";

/**
 * The frame of the pages people reach from an e-mail, signed out (forgot / reset password, welcome):
 * the sign-in page's layout, with room for a form or for the reason a link does not work.
 */
export function AuthFrame({
  title,
  intro,
  children,
  wide = false,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4 py-10">
      <div className={`w-full break-words ${wide ? "max-w-lg" : "max-w-sm"}`}>
        <p className="text-center text-sm font-semibold tracking-wide text-blue-800 uppercase">Consort</p>
        <h1 className="mt-2 text-center text-2xl font-semibold">{title}</h1>
        {intro && <div className="mt-2 text-center text-sm text-slate-700">{intro}</div>}
        {children}
      </div>
    </main>
  );
}
