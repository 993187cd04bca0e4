"use client";
import { useMemo, useState } from "react";
import { createIssueAction } from "@/lib/board/actions";
import { proposeAssignee, proposeEngagement } from "@/lib/board/routing";
import type { BoardOptions } from "@/lib/board/data";
import type { Service } from "@/lib/generated/prisma/enums";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { IssueFields, keptIssueValues, type IssueFieldValues } from "./issue-fields";

export function NewIssueForm({
  programmeId,
  options,
  canAssign,
  initial,
}: {
  programmeId: string;
  options: BoardOptions;
  canAssign: boolean;
  initial: Partial<IssueFieldValues>;
}) {
  const form = useFormAction(createIssueAction);
  const { state, formProps } = form;
  const values: IssueFieldValues = keptIssueValues(
    {
      title: "",
      description: "",
      services: [],
      institutionId: "",
      priority: "NORMAL",
      dueDate: "",
      labels: "",
      escalation: "",
      engagementId: "",
      adviceId: "",
      ...initial,
    },
    form,
  );
  const [services, setServices] = useState<Service[]>(values.services);
  const [institutionId, setInstitutionId] = useState(values.institutionId);
  const [chosen, setChosen] = useState<string | null>(form.value("assigneeId") || null); // null: follow the proposal
  // The engagement follows service and institution until the person picks one (or came with one from a link).
  const [chosenEngagement, setChosenEngagement] = useState<string | null>(values.engagementId || null);
  const engagementValue =
    chosenEngagement ?? proposeEngagement(options.engagements, { services, institutionId: institutionId || null }) ?? "";
  const names = useMemo(() => Object.fromEntries(options.institutions.map((i) => [i.id, i.name])), [options.institutions]);
  const proposal = proposeAssignee(options.representatives, {
    services,
    institutionId: institutionId || null,
    leadInstitutionId: options.leadInstitutionId,
    institutionNames: names,
  });
  const proposedName = options.assignees.find((a) => a.id === proposal.userId)?.name;
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  // "" lets the server route the issue: what the form submits before (or without) JavaScript, whose
  // proposal cannot follow the services and institution ticked after the page loaded.
  const assigneeValue = chosen ?? proposal.userId ?? "";

  return (
    <form {...formProps} className="max-w-3xl space-y-5 rounded-lg border border-slate-300 bg-white p-5">
      <input type="hidden" name="programmeId" value={programmeId} />
      <IssueFields
        options={options}
        values={values}
        errors={errors}
        onServicesChange={setServices}
        onInstitutionChange={setInstitutionId}
        engagement={{ value: engagementValue, onChange: setChosenEngagement }}
      />
      <div className="rounded-md border border-blue-200 bg-blue-50 p-3">
        {canAssign ? (
          <>
            <label htmlFor="assigneeId" className="block text-sm font-medium text-slate-800">
              Assignee
            </label>
            <select
              id="assigneeId"
              name="assigneeId"
              value={assigneeValue}
              onChange={(e) => setChosen(e.target.value)}
              aria-describedby="routing-reason"
              className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
            >
              <option value="">The proposed representative (see below)</option>
              <option value="none">Unassigned</option>
              {options.assignees.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name} ({a.detail}){a.id === proposal.userId ? " (proposed)" : ""}
                </option>
              ))}
            </select>
          </>
        ) : (
          <p className="text-sm font-medium text-slate-800">Assignee: {proposedName ?? "nobody yet (the task force will pick it up)"}</p>
        )}
        <p id="routing-reason" className="mt-1 text-sm text-slate-800" data-testid="routing-reason">
          Proposed: {proposal.reason}
          {chosen !== null && chosen !== "" && chosen !== proposal.userId && (
            <>
              {" "}
              <button type="button" className="text-blue-800 underline" onClick={() => setChosen(null)}>
                Use the proposal
              </button>
            </>
          )}
        </p>
        {errors?.assigneeId && <p className="mt-1 text-sm text-red-700">{errors.assigneeId.join(" ")}</p>}
      </div>
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Creating…">Create issue</SubmitButton>
    </form>
  );
}
