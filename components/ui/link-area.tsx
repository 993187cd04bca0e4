"use client";
import type { ReactNode } from "react";
import { useDelegatedLinks } from "./delegated-links";

/** A server-rendered list whose plain links (matching `selector`) navigate client-side through one handler. */
export function LinkArea({ selector, children }: { selector: string; children: ReactNode }) {
  const navigate = useDelegatedLinks(selector);
  return <div onClick={navigate}>{children}</div>;
}
