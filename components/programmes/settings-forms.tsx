"use client";
import {
  addMemberAction,
  addPartnerAction,
  archivePartnerAction,
  restorePartnerAction,
  updateProgrammeSettingsAction,
} from "@/lib/programmes/actions";
import { SERVICE_LABELS, SERVICES_IN_GUIDE_ORDER } from "@/lib/domain/services";
import { ROLE_LABELS } from "@/lib/domain/labels";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { SelectField, TextField } from "@/components/ui/field";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useFormAction } from "@/components/ui/use-form-action";

type Option = { value: string; label: string };

export function StaleAfterForm({ programmeId, staleAfterDays }: { programmeId: string; staleAfterDays: number }) {
  const { state, formProps, errors, value } = useFormAction(updateProgrammeSettingsAction);
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="programmeId" value={programmeId} />
      <div className="w-48">
        <TextField
          label="Flag as stale after (days)"
          name="staleAfterDays"
          type="number"
          min={1}
          max={365}
          defaultValue={value("staleAfterDays", String(staleAfterDays))}
          errors={errors("staleAfterDays")}
          required
        />
      </div>
      <SubmitButton>Save</SubmitButton>
      <div className="basis-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function AddPartnerForm({ programmeId, institutions }: { programmeId: string; institutions: Option[] }) {
  const { state, formProps, errors, value } = useFormAction(addPartnerAction);
  if (institutions.length === 0)
    return (
      <p className="text-sm text-slate-700">Every registered institution already takes part. A platform administrator can register more.</p>
    );
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="programmeId" value={programmeId} />
      <div className="min-w-[16rem] flex-1">
        <SelectField
          label="Institution to add"
          name="institutionId"
          options={[{ value: "", label: "Choose an institution…" }, ...institutions]}
          defaultValue={value("institutionId", "")}
          errors={errors("institutionId")}
          required
        />
      </div>
      <SubmitButton pendingLabel="Adding…">Add partner</SubmitButton>
      <div className="basis-full">
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function PartnerStatusForm({
  programmeId,
  institutionId,
  name,
  archived,
}: {
  programmeId: string;
  institutionId: string;
  name: string;
  archived: boolean;
}) {
  const { state, formProps } = useFormAction(archived ? restorePartnerAction : archivePartnerAction);
  const form = (
    <form {...formProps} className="space-y-3">
      <input type="hidden" name="programmeId" value={programmeId} />
      <input type="hidden" name="institutionId" value={institutionId} />
      {!archived && (
        <p className="text-sm text-slate-800">
          {name}&apos;s six engagements leave the tracker and become read-only. Nothing is deleted: their history stays, and you can restore
          the partner later.
        </p>
      )}
      <SubmitButton variant={archived ? "secondary" : "danger"} size="sm" pendingLabel={archived ? "Restoring…" : "Removing…"}>
        {archived ? `Restore ${name}` : `Remove ${name}`}
      </SubmitButton>
    </form>
  );
  return (
    <div className="space-y-2">
      {archived ? (
        form
      ) : (
        <ConfirmDialog trigger={`Remove ${name}…`} title={`Remove ${name} from the programme?`}>
          {form}
        </ConfirmDialog>
      )}
      <FormMessage state={state} />
    </div>
  );
}

export function AddMemberForm({ programmeId, institutions }: { programmeId: string; institutions: Option[] }) {
  const { state, formProps, errors, value, values } = useFormAction(addMemberAction);
  const ticked = values("services");
  return (
    <form {...formProps} className="space-y-3">
      <input type="hidden" name="programmeId" value={programmeId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="E-mail"
          name="email"
          type="email"
          required
          defaultValue={value("email")}
          errors={errors("email")}
          hint="Their existing account is used if they have one."
          autoComplete="off"
        />
        <TextField
          label="Name"
          name="name"
          required
          defaultValue={value("name")}
          errors={errors("name")}
          maxLength={120}
          autoComplete="off"
          hint="Used for a new account: accounts are made at your own institution; at another one, a platform admin makes them."
        />
        <SelectField
          label="Role"
          name="role"
          required
          defaultValue={value("role")}
          errors={errors("role")}
          options={[
            { value: "PARTNER_STAFF", label: ROLE_LABELS.PARTNER_STAFF },
            { value: "TASK_FORCE", label: ROLE_LABELS.TASK_FORCE },
            { value: "TEAM_LEADER", label: ROLE_LABELS.TEAM_LEADER },
          ]}
        />
        <SelectField
          label="Acts for institution"
          name="institutionId"
          id="member-institutionId"
          required
          defaultValue={value("institutionId", "")}
          errors={errors("institutionId")}
          options={[{ value: "", label: "Choose an institution…" }, ...institutions]}
        />
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">Services represented (task-force members only)</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {SERVICES_IN_GUIDE_ORDER.map((s) => (
            <label key={s} className="flex items-center gap-1.5 text-sm text-slate-900">
              <input type="checkbox" name="services[]" value={s} defaultChecked={ticked.includes(s)} className="h-4 w-4" />
              {SERVICE_LABELS[s]}
            </label>
          ))}
        </div>
        {errors("services") && <p className="mt-1 text-sm text-red-700">{errors("services")?.join(" ")}</p>}
      </fieldset>
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Adding…">Add member</SubmitButton>
    </form>
  );
}
