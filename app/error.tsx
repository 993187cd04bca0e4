"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">Consort could not show this page</h1>
      <p className="mt-3 text-slate-700">
        Something went wrong on our side, or the database is temporarily unavailable. Nothing you saved before is lost.
      </p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
        Try again
      </button>
    </main>
  );
}
