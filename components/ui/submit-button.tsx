"use client";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "./button";

/** A form's submit button: disabled and relabelled while the form is being sent. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  size = "md",
  name,
  value,
}: {
  children: ReactNode;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger" | "ghost";
  size?: "sm" | "md";
  name?: string;
  value?: string;
}) {
  const t = useTranslations("commonClient");
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant={variant} size={size} disabled={pending} aria-disabled={pending} name={name} value={value}>
      {pending ? (pendingLabel ?? t("saving")) : children}
    </Button>
  );
}
