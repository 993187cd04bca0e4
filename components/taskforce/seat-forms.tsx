"use client";
import { useRef } from "react";
import { addRepresentativeAction, removeRepresentativeAction } from "@/lib/taskforce/actions";
import { SERVICE_LABELS } from "@/lib/domain/services";
import type { Service } from "@/lib/generated/prisma/enums";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { openModal } from "@/components/ui/confirm-dialog";

/** An empty or extra seat: the team leader picks a person of that institution. */
export function AddSeatForm({
  programmeId,
  institutionId,
  institutionName,
  service,
  candidates,
}: {
  programmeId: string;
  institutionId: string;
  institutionName: string;
  service: Service;
  candidates: { id: string; name: string; email: string }[];
}) {
  const { state, formProps, value } = useFormAction(addRepresentativeAction);
  const id = `seat-${service}-${institutionId}`;
  if (candidates.length === 0) return <p className="text-xs text-slate-700">Nobody at {institutionName} has a Consort account yet.</p>;
  return (
    <details className="text-xs">
      <summary className="cursor-pointer font-medium text-blue-800 underline">
        Add representative
        <span className="sr-only">
          : {SERVICE_LABELS[service]} at {institutionName}
        </span>
      </summary>
      <form {...formProps} className="mt-2 space-y-2">
        <input type="hidden" name="programmeId" value={programmeId} />
        <input type="hidden" name="institutionId" value={institutionId} />
        <input type="hidden" name="service" value={service} />
        <label htmlFor={id} className="block font-medium text-slate-800">
          {SERVICE_LABELS[service]} at {institutionName}
        </label>
        <select
          id={id}
          name="userId"
          required
          defaultValue={value("userId", "")}
          className="block w-full rounded border border-slate-400 bg-white px-1.5 py-1 text-xs"
        >
          <option value="" disabled>
            Choose a person
          </option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.email})
            </option>
          ))}
        </select>
        <SubmitButton size="sm" pendingLabel="Adding…">
          Add
        </SubmitButton>
        <FormMessage state={state} />
      </form>
    </details>
  );
}

export function RemoveSeatButton({ representationId, name, where }: { representationId: string; name: string; where: string }) {
  const { state, formProps } = useFormAction(removeRepresentativeAction);
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button
        type="button"
        commandfor={`remove-dialog-${representationId}`}
        command="show-modal"
        onClick={() => openModal(dialog.current)}
        className="text-xs font-medium text-red-800 underline"
        aria-label={`Remove ${name} as ${where}`}
      >
        Remove
      </button>
      {state.status === "error" && <FormMessage state={state} />}
      <dialog
        id={`remove-dialog-${representationId}`}
        ref={dialog}
        aria-labelledby={`remove-${representationId}`}
        className="m-auto w-full max-w-md rounded-lg border border-slate-300 p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        <form
          {...formProps}
          className="space-y-4 p-5"
          onSubmit={(event) => {
            dialog.current?.close();
            formProps.onSubmit(event);
          }}
        >
          <input type="hidden" name="representationId" value={representationId} />
          <h2 id={`remove-${representationId}`} className="text-lg font-semibold">
            Remove {name}?
          </h2>
          <p className="text-sm text-slate-800">
            {name} will no longer be {where}. If this was their last seat, they leave the task force and can no longer move or assign board
            issues. Issues already assigned to them stay assigned.
          </p>
          <div className="flex gap-2">
            <SubmitButton variant="danger" size="sm" pendingLabel="Removing…">
              Remove representative
            </SubmitButton>
            <button
              type="button"
              className="rounded-md border border-slate-400 px-2.5 py-1 text-sm"
              commandfor={`remove-dialog-${representationId}`}
              command="close"
              onClick={() => dialog.current?.close()}
            >
              Cancel
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
