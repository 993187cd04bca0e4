import type { ActionState } from "@/lib/actions/state";

export function fieldErrors(state: ActionState<unknown>, field: string): string[] | undefined {
  return state.status === "error" ? state.fieldErrors?.[field] : undefined;
}
