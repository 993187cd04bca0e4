"use client";
import { useRef, type ReactNode } from "react";
import { Button } from "./button";

/**
 * A button that opens a native <dialog> asking for confirmation before a destructive action.
 * The dialog traps focus and closes on Escape (browser behaviour); `children` is the form to submit.
 */
export function ConfirmDialog({
  trigger,
  title,
  children,
  variant = "danger",
}: {
  trigger: string;
  title: string;
  children: ReactNode;
  variant?: "danger" | "secondary";
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <Button variant={variant} size="sm" onClick={() => dialog.current?.showModal()}>
        {trigger}
      </Button>
      <dialog
        ref={dialog}
        aria-label={title}
        className="m-auto w-full max-w-md rounded-lg border border-slate-300 p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        <div className="space-y-4 p-5">
          <h2 className="text-lg font-semibold">{title}</h2>
          {children}
          <Button variant="secondary" onClick={() => dialog.current?.close()}>
            Cancel
          </Button>
        </div>
      </dialog>
    </>
  );
}
