"use client";
import { useId, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button } from "./button";

/**
 * A button that opens a native <dialog> asking for confirmation before a destructive action.
 * The dialog traps focus and closes on Escape (browser behaviour); `children` is the form to submit.
 * The buttons also carry invoker commands, so the confirmation opens without JavaScript too.
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
  const t = useTranslations("commonClient");
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  return (
    <>
      <Button variant={variant} size="sm" commandfor={id} command="show-modal" onClick={() => openModal(dialog.current)}>
        {trigger}
      </Button>
      <dialog
        id={id}
        ref={dialog}
        aria-label={title}
        className="m-auto w-full max-w-md rounded-lg border border-slate-300 p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        <div className="space-y-4 p-5">
          <h2 className="text-lg font-semibold">{title}</h2>
          {children}
          <Button variant="secondary" commandfor={id} command="close" onClick={() => dialog.current?.close()}>
            {t("cancel")}
          </Button>
        </div>
      </dialog>
    </>
  );
}

/** Opens a dialog as a modal, once (a browser with invoker commands opens it from the button as well). */
export function openModal(dialog: HTMLDialogElement | null) {
  if (dialog && !dialog.open) dialog.showModal();
}
