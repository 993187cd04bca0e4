"use client";
import { useRef } from "react";
import { useTranslations } from "next-intl";
import { addRepresentativeAction, removeRepresentativeAction } from "@/lib/taskforce/actions";
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
  const t = useTranslations("programmesClient");
  const tDomain = useTranslations("domain");
  const { state, formProps, value } = useFormAction(addRepresentativeAction);
  const id = `seat-${service}-${institutionId}`;
  const where = { service: tDomain(`service.${service}`), institution: institutionName };
  if (candidates.length === 0) return <p className="text-xs text-slate-700">{t("seats.noCandidates", { institution: institutionName })}</p>;
  return (
    <details className="text-xs">
      <summary className="cursor-pointer font-medium text-blue-800 underline">
        {t.rich("seats.add", { ...where, hidden: (chunks) => <span className="sr-only">{chunks}</span> })}
      </summary>
      <form {...formProps} className="mt-2 space-y-2">
        <input type="hidden" name="programmeId" value={programmeId} />
        <input type="hidden" name="institutionId" value={institutionId} />
        <input type="hidden" name="service" value={service} />
        <label htmlFor={id} className="block font-medium text-slate-800">
          {t("seats.selectLabel", where)}
        </label>
        <select
          id={id}
          name="userId"
          required
          defaultValue={value("userId", "")}
          className="block w-full rounded border border-slate-400 bg-white px-1.5 py-1 text-xs"
        >
          <option value="" disabled>
            {t("seats.choosePerson")}
          </option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.email})
            </option>
          ))}
        </select>
        <SubmitButton size="sm" pendingLabel={t("seats.adding")}>
          {t("seats.addSubmit")}
        </SubmitButton>
        <FormMessage state={state} />
      </form>
    </details>
  );
}

/** Frees one seat (`service` at `institutionName`) after a confirmation. */
export function RemoveSeatButton({
  representationId,
  name,
  service,
  institutionName,
}: {
  representationId: string;
  name: string;
  service: Service;
  institutionName: string;
}) {
  const t = useTranslations("programmesClient");
  const tDomain = useTranslations("domain");
  const where = { name, service: tDomain(`service.${service}`), institution: institutionName };
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
        aria-label={t("seats.removeLabel", where)}
      >
        {t("seats.remove")}
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
            {t("seats.removeTitle", { name })}
          </h2>
          <p className="text-sm text-slate-800">{t("seats.removeBody", where)}</p>
          <div className="flex gap-2">
            <SubmitButton variant="danger" size="sm" pendingLabel={t("seats.removing")}>
              {t("seats.removeSubmit")}
            </SubmitButton>
            <button
              type="button"
              className="rounded-md border border-slate-400 px-2.5 py-1 text-sm"
              commandfor={`remove-dialog-${representationId}`}
              command="close"
              onClick={() => dialog.current?.close()}
            >
              {t("seats.cancel")}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
