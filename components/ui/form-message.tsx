import type { ActionState } from "@/lib/actions/state";

/** The outcome of a form submission, announced to screen readers. */
export function FormMessage({ state }: { state: ActionState<unknown> | undefined }) {
  if (!state || state.status === "idle") return <div role="status" aria-live="polite" className="sr-only" />;
  if (state.status === "success") {
    return (
      <p role="status" aria-live="polite" className="rounded-md border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900">
        {state.message}
      </p>
    );
  }
  return (
    <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900">
      {state.message}
    </p>
  );
}
