"use client";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("adminClient");
  const { state, formProps, errors, value, checked } = useFormAction(user ? updateUserAction : createUserAction);
  return (
    <form {...formProps} className="max-w-2xl space-y-4 rounded-lg border border-slate-300 bg-white p-6 shadow-sm" noValidate>
      <FormMessage state={state} />
      {user && <input type="hidden" name="userId" value={user.id} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={t("userForm.name")}
          name="name"
          required
          defaultValue={value("name", user?.name)}
          errors={errors("name")}
          autoComplete="off"
        />
        <TextField
          label={t("userForm.email")}
          name="email"
          type="email"
          required
          defaultValue={value("email", user?.email)}
          errors={errors("email")}
          hint={t("userForm.emailHint")}
          autoComplete="off"
        />
      </div>
      <SelectField
        label={t("userForm.institution")}
        name="institutionId"
        defaultValue={value("institutionId", user?.institutionId ?? "")}
        errors={errors("institutionId")}
        hint={t("userForm.institutionHint")}
        options={[
          { value: "", label: t("userForm.noInstitution") },
          ...institutions.map((i) => ({ value: i.id, label: `${i.name} (${i.shortName})` })),
        ]}
      />
      <CheckboxField
        label={t("userForm.platformAdmin")}
        name="isPlatformAdmin"
        defaultChecked={checked("isPlatformAdmin", user?.isPlatformAdmin ?? false)}
        errors={errors("isPlatformAdmin")}
        hint={isSelf ? t("userForm.platformAdminHintSelf") : t("userForm.platformAdminHint")}
      />
      <CheckboxField
        label={t("userForm.programmeCreator")}
        name="isProgrammeCreator"
        defaultChecked={checked("isProgrammeCreator", user?.isProgrammeCreator ?? false)}
        errors={errors("isProgrammeCreator")}
        hint={t("userForm.programmeCreatorHint")}
      />
      {!user && (
        <TextField
          label={t("userForm.initialPassword")}
          name="password"
          type="password"
          minLength={MIN_PASSWORD_LENGTH}
          autoComplete="new-password"
          errors={errors("password")}
          hint={t("userForm.initialPasswordHint", { min: MIN_PASSWORD_LENGTH })}
        />
      )}
      <SubmitButton>{user ? t("userForm.save") : t("userForm.create")}</SubmitButton>
    </form>
  );
}
