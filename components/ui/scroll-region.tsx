"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

/**
 * A box that scrolls sideways when its content (usually a table) is wider than the screen.
 * - `relative`: it is the containing block of absolutely positioned descendants (`.sr-only` labels
 *   in cells), so they are clipped with the rest instead of widening the page past the viewport.
 * - While it actually scrolls it is a named region in the tab order, so keyboard users can scroll it
 *   with the arrow keys (WCAG 2.1.1, axe `scrollable-region-focusable`). Before JavaScript runs it is
 *   focusable anyway; once it runs, a box that fits is left out of the tab order.
 */
export function ScrollRegion({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(true);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={box}
      className={`relative overflow-x-auto ${className}`}
      {...(scrolls ? { tabIndex: 0, role: "region", "aria-label": label } : {})}
    >
      {children}
    </div>
  );
}
