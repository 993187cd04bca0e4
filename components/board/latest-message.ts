"use client";
import { useSyncExternalStore } from "react";
import type { ActionState } from "@/lib/actions/state";

// An issue page has several forms (status, assignee, edit, comment), each with its own action state.
// A message must describe the action just taken, once: so only the form submitted last shows its
// outcome, and a success shows only while the issue is still at the version that action saved (a
// later change — here or by someone else, arriving live — makes it history, and the page shows the
// new state instead of a contradicting message).

let latestForm: string | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLatestMessage(
  form: string,
  state: ActionState<{ version: number } | undefined> | undefined,
  currentVersion?: number,
): { shown: ActionState<unknown> | undefined; onSubmit: () => void } {
  // On the server (and without JavaScript) nothing has been marked: the one submitted form's state shows.
  const latest = useSyncExternalStore(
    subscribe,
    () => latestForm,
    () => null,
  );
  const onSubmit = () => {
    latestForm = form;
    for (const listener of listeners) listener();
  };
  if (latest !== null && latest !== form) return { shown: undefined, onSubmit };
  const savedVersion = state?.status === "success" ? state.data?.version : undefined;
  const outdated = savedVersion !== undefined && currentVersion !== undefined && savedVersion !== currentVersion;
  return { shown: outdated ? undefined : state, onSubmit };
}
