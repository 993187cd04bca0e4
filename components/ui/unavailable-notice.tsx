"use client";
import { useEffect, useState, startTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

type State = "checking" | "unavailable" | "error";

const RETRY_MS = 3000;

/**
 * What a page shows when it failed to render. It asks /api/health whether the database is
 * reachable: when it is not, it says so plainly and retries by itself until the database is back,
 * then reloads the page — no one has to restart Consort or keep pressing reload.
 */
export function UnavailableNotice({ reset }: { reset: () => void }) {
  const t = useTranslations("commonClient");
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
          <h1 className="text-2xl font-semibold text-slate-900">{t("unavailable.errorTitle")}</h1>
          <p className="mt-3 text-slate-700">{t("unavailable.errorBody")}</p>
        </>
      ) : (
        <>
          <h1 className="text-2xl font-semibold text-slate-900">{t("unavailable.title")}</h1>
          <p className="mt-3 text-slate-700">{t("unavailable.body")}</p>
          <p className="mt-3 text-slate-700" role="status">
            {state === "checking" ? t("unavailable.checking") : t("unavailable.retrying")}
          </p>
        </>
      )}
      <button type="button" onClick={retry} className="mt-6 rounded-md bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
        {t("unavailable.tryAgain")}
      </button>
    </main>
  );
}
