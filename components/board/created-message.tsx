"use client";
import { useEffect, useState } from "react";

/** Tokens already shown in this tab: going back to the page must not show the message again. */
const shown = new Set<string>();

/**
 * "Issue #N created…", once (see lib/board/flash.ts): the server shows it only while the cookie names
 * this issue at its current version; here the cookie is deleted as soon as the message is on screen.
 */
export function CreatedMessage({
  token,
  cookie,
  path,
  children,
}: {
  token: string;
  cookie: string;
  path: string;
  children: React.ReactNode;
}) {
  // A client navigation back to this page (router cache) brings the same token again: hide it then.
  const [visible] = useState(() => !shown.has(token));
  useEffect(() => {
    shown.add(token);
    document.cookie = `${cookie}=; Path=${path}; Max-Age=0; SameSite=Lax`;
  }, [token, cookie, path]);
  if (!visible) return null;
  return (
    <p role="status" className="mb-3 rounded-md border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900">
      {children}
    </p>
  );
}
