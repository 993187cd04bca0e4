"use client";
import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { createIssueAction } from "@/lib/board/actions";
import { proposeAssignee, proposeEngagement, routingMessage } from "@/lib/board/routing";
import type { BoardOptions } from "@/lib/board/data";
import type { Service } from "@/lib/generated/prisma/enums";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { IssueFields, keptIssueValues, type IssueFieldValues } from "./issue-fields";
import { useSayBoard, useSaySeats } from "./use-board-words";

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
  const t = useTranslations("boardClient");
  const tDomain = useTranslations("domain");
  const say = useSayBoard();
  const saySeats = useSaySeats();
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
      planStep: "",
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
  });
  const reason = say(
    routingMessage(proposal.reason, {
      institution: (id) => names[id] ?? t("routing.thatInstitution"),
      service: (service) => tDomain(`service.${service}`),
    }),
  );
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
              {t("assignee.label")}
            </label>
            <select
              id="assigneeId"
              name="assigneeId"
              value={assigneeValue}
              onChange={(e) => setChosen(e.target.value)}
              aria-describedby="routing-reason"
              className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
            >
              <option value="">{t("newIssue.proposedRepresentative")}</option>
              <option value="none">{t("assignee.unassigned")}</option>
              {options.assignees.map((a) => (
                <option key={a.id} value={a.id}>
                  {t(a.id === proposal.userId ? "newIssue.optionProposed" : "assignee.option", { name: a.name, seats: saySeats(a.seats) })}
                </option>
              ))}
            </select>
          </>
        ) : (
          <p className="text-sm font-medium text-slate-800">
            {proposedName ? t("newIssue.assigneeIs", { name: proposedName }) : t("newIssue.assigneeNobody")}
          </p>
        )}
        <p id="routing-reason" className="mt-1 text-sm text-slate-800" data-testid="routing-reason">
          {t("newIssue.proposed", { reason })}
          {chosen !== null && chosen !== "" && chosen !== proposal.userId && (
            <>
              {" "}
              <button type="button" className="text-blue-800 underline" onClick={() => setChosen(null)}>
                {t("newIssue.useProposal")}
              </button>
            </>
          )}
        </p>
        {errors?.assigneeId && <p className="mt-1 text-sm text-red-700">{errors.assigneeId.join(" ")}</p>}
      </div>
      <FormMessage state={state} />
      <SubmitButton pendingLabel={t("newIssue.creating")}>{t("newIssue.create")}</SubmitButton>
    </form>
  );
}
