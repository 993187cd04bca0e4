"use client";
import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionState } from "@/lib/actions/state";

/**
 * useActionState without React's automatic form reset: after a failed save the person keeps what
 * they typed and sees the errors beside it. `action` stays on the form, so it also works before
 * JavaScript has loaded (the browser then posts the form as usual).
 */
export function useKeptFormAction<T>(action: (state: ActionState<T> | undefined, payload: FormData) => Promise<ActionState<T>>) {
  const [state, dispatch, pending] = useActionState(action, { status: "idle" } as ActionState<T>);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(formData));
  }
  return { state, pending, formProps: { action: dispatch, onSubmit } };
}
