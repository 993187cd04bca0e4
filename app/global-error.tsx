"use client";
import "./globals.css";
import { UnavailableNotice } from "@/components/ui/unavailable-notice";

// The root layout itself failed: this replaces it, so it brings its own <html> and <body>.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <UnavailableNotice reset={reset} />
      </body>
    </html>
  );
}
