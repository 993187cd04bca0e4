"use client";
import { useEffect, useState, startTransition } from "react";
import { useRouter } from "next/navigation";

type State = "checking" | "unavailable" | "error";

const RETRY_MS = 3000;

/**
 * What a page shows when it failed to render. It asks /api/health whether the database is
 * reachable: when it is not, it says so plainly and retries by itself until the database is back,
 * then reloads the page — no one has to restart Consort or keep pressing reload.
 */
export function UnavailableNotice({ reset }: { reset: () => void }) {
  const router = useRouter();
  const [state, setState] = useState<State>("checking");

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let wasDown = false;
    async function check() {
      let up: boolean;
      let down: boolean;
      try {
        const response = await fetch("/api/health", { cache: "no-store" });
        up = response.ok;
        down = response.status === 503;
      } catch {
        up = false;
        down = true; // Consort itself cannot be reached
      }
      if (stopped) return;
      if (up && wasDown) {
        startTransition(() => {
          router.refresh();
          reset();
        });
        return;
      }
      if (down) {
        wasDown = true;
        setState("unavailable");
        timer = setTimeout(() => void check(), RETRY_MS);
      } else setState("error");
    }
    void check();
    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    };
  }, [reset, router]);

  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });

  return (
    <main id="main" className="mx-auto max-w-xl px-6 py-24 text-center">
      {state === "error" ? (
        <>
          <h1 className="text-2xl font-semibold text-slate-900">Consort could not show this page</h1>
          <p className="mt-3 text-slate-700">
            Something went wrong on our side. Nothing you saved before is lost. Try again; if it keeps happening, tell your platform admin
            what you were doing.
          </p>
        </>
      ) : (
        <>
          <h1 className="text-2xl font-semibold text-slate-900">Consort is temporarily unavailable</h1>
          <p className="mt-3 text-slate-700">
            Consort cannot reach its database right now. Everything you saved before is safe; a change you were making may not have been
            saved, so check it once the page is back.
          </p>
          <p className="mt-3 text-slate-700" role="status">
            {state === "checking"
              ? "Checking the connection…"
              : "This page retries by itself every few seconds and reloads when Consort is back."}
          </p>
        </>
      )}
      <button type="button" onClick={retry} className="mt-6 rounded-md bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
        Try again now
      </button>
    </main>
  );
}
