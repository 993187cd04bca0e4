"use client";
import { createUserAction, updateUserAction } from "@/lib/admin/actions";
import { MIN_PASSWORD_LENGTH } from "@/lib/admin/constants";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

type EditableUser = {
  id: string;
  name: string;
  email: string;
  institutionId: string | null;
  isPlatformAdmin: boolean;
  isProgrammeCreator: boolean;
};
type InstitutionOption = { id: string; name: string; shortName: string };

export function UserForm({
  user,
  institutions,
  isSelf = false,
}: {
  user?: EditableUser;
  institutions: InstitutionOption[];
  isSelf?: boolean;
}) {
  const { state, formProps, errors, value, checked } = useFormAction(user ? updateUserAction : createUserAction);
  return (
    <form {...formProps} className="max-w-2xl space-y-4 rounded-lg border border-slate-300 bg-white p-6 shadow-sm" noValidate>
      <FormMessage state={state} />
      {user && <input type="hidden" name="userId" value={user.id} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Name" name="name" required defaultValue={value("name", user?.name)} errors={errors("name")} autoComplete="off" />
        <TextField
          label="Email"
          name="email"
          type="email"
          required
          defaultValue={value("email", user?.email)}
          errors={errors("email")}
          hint="Used to sign in; must be unique."
          autoComplete="off"
        />
      </div>
      <SelectField
        label="Home institution"
        name="institutionId"
        defaultValue={value("institutionId", user?.institutionId ?? "")}
        errors={errors("institutionId")}
        hint="The institution the person works for. Programmes they lead are led by it."
        options={[{ value: "", label: "— None —" }, ...institutions.map((i) => ({ value: i.id, label: `${i.name} (${i.shortName})` }))]}
      />
      <CheckboxField
        label="Platform admin"
        name="isPlatformAdmin"
        defaultChecked={checked("isPlatformAdmin", user?.isPlatformAdmin ?? false)}
        errors={errors("isPlatformAdmin")}
        hint={
          isSelf
            ? "This is you: another platform admin must remove your admin rights."
            : "Can manage institutions, users and set up programmes for anyone."
        }
      />
      <CheckboxField
        label="Programme creator"
        name="isProgrammeCreator"
        defaultChecked={checked("isProgrammeCreator", user?.isProgrammeCreator ?? false)}
        errors={errors("isProgrammeCreator")}
        hint="May start a programme and lead it from their home institution, while the platform lets only programme creators start programmes (Admin overview)."
      />
      {!user && (
        <TextField
          label="Initial password"
          name="password"
          type="password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          autoComplete="new-password"
          errors={errors("password")}
          hint={`At least ${MIN_PASSWORD_LENGTH} characters. Give it to the person through a channel you trust.`}
        />
      )}
      <SubmitButton>{user ? "Save changes" : "Create user"}</SubmitButton>
    </form>
  );
}
