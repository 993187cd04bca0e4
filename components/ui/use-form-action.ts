"use client";
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import { IDLE, type ActionState } from "@/lib/actions/state";

type FormAction<T> = (state: ActionState<T>, payload: FormData) => Promise<ActionState<T>>;

/**
 * The one way a form talks to its server action. After a refused save the person keeps what they
 * typed and sees each error beside its field: with JavaScript the form is not reset (React would
 * reset it after every action); without it the page is rendered anew, and `value` puts back what the
 * action received (ActionState.values). After a successful save — and after a conflict, when what is
 * stored changed under the person and the message says so — the form shows the stored values: it is
 * reset to its (revalidated) defaults. `action` stays on the form, so it works before JavaScript loads.
 */
export function useFormAction<T>(
  action: FormAction<T>,
  options: {
    initial?: ActionState<T>;
    /** "keep": a form with nothing stored to show (a note for a move) keeps what was typed after a conflict too. */
    onConflict?: "showStored" | "keep";
  } = {},
) {
  const [state, dispatch, pending] = useActionState(action, options.initial ?? (IDLE as ActionState<T>));
  const ref = useRef<HTMLFormElement>(null);
  // A conflict beside a field (a name already taken) is about what was typed: that stays.
  const showsStored =
    state.status === "success" ||
    (state.status === "error" && state.kind === "conflict" && !state.fieldErrors && options.onConflict !== "keep");
  useEffect(() => {
    if (showsStored) ref.current?.reset();
  }, [state, showsStored]);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(formData));
  }
  const refused = state.status === "error" && !showsStored ? state : undefined;
  return {
    state,
    pending,
    formProps: { ref, action: dispatch, onSubmit },
    /** The errors beside one field. */
    errors: (field: string): string[] | undefined => (state.status === "error" ? state.fieldErrors?.[field] : undefined),
    /** What the person typed into `field` before the refusal, else `fallback` (the saved value). */
    value: (field: string, fallback?: string): string | undefined => {
      const typed = refused?.values?.[field];
      return typeof typed === "string" ? typed : fallback;
    },
    /** The boxes of a checkbox group that were ticked before the refusal, else `fallback`. */
    values: (field: string, fallback: readonly string[] = []): readonly string[] => {
      const typed = refused?.values?.[field];
      return refused?.values ? (Array.isArray(typed) ? typed : typeof typed === "string" ? [typed] : []) : fallback;
    },
    /** Whether a single checkbox was ticked before the refusal, else `fallback`. */
    checked: (field: string, fallback = false): boolean => (refused?.values ? refused.values[field] !== undefined : fallback),
  };
}
