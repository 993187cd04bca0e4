"use client";
import { UnavailableNotice } from "@/components/ui/unavailable-notice";

// Below the root layout: a page or layout failed. The notice tells a database outage from a bug.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <UnavailableNotice reset={reset} />;
}
