import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

const CONTROL =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 placeholder:text-slate-500 aria-[invalid=true]:border-red-700";

/** `id` defaults to `name`; give one when two forms on a page share a field name. */
type FieldFrame = { label: string; name: string; id?: string; errors?: string[]; hint?: ReactNode; required?: boolean };

function Frame({ label, name, id = name, errors, hint, required, children }: FieldFrame & { children: ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {required && (
          <span className="text-red-700" aria-hidden="true">
            {" "}
            *
          </span>
        )}
      </label>
      {children}
      <FieldMessages id={id} hint={hint} errors={errors} />
    </div>
  );
}

/** The hint under a field, replaced by its errors when there are any (ids match describedBy). */
function FieldMessages({ id, hint, errors }: { id: string; hint?: ReactNode; errors?: string[] }) {
  if (errors?.length)
    return (
      <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
        {errors.join(" ")}
      </p>
    );
  return hint ? (
    <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
      {hint}
    </p>
  ) : null;
}

function describedBy(name: string, errors?: string[], hint?: ReactNode) {
  if (errors?.length) return `${name}-error`;
  return hint ? `${name}-hint` : undefined;
}

export function TextField({
  label,
  name,
  id = name,
  errors,
  hint,
  required,
  ...props
}: FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, "name">) {
  return (
    <Frame label={label} name={name} id={id} errors={errors} hint={hint} required={required}>
      <input
        id={id}
        name={name}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        className={CONTROL}
        {...props}
      />
    </Frame>
  );
}

export function TextAreaField({
  label,
  name,
  id = name,
  errors,
  hint,
  required,
  ...props
}: FieldFrame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name">) {
  return (
    <Frame label={label} name={name} id={id} errors={errors} hint={hint} required={required}>
      <textarea
        id={id}
        name={name}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        className={CONTROL}
        rows={4}
        {...props}
      />
    </Frame>
  );
}

export function SelectField({
  label,
  name,
  id = name,
  errors,
  hint,
  required,
  options,
  ...props
}: FieldFrame & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name"> & { options: readonly { value: string; label: string }[] }) {
  return (
    <Frame label={label} name={name} id={id} errors={errors} hint={hint} required={required}>
      <select
        id={id}
        name={name}
        required={required}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        className={CONTROL}
        {...props}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** A checkbox with its label beside it, and its hint or error below (the box sends "on" when ticked). */
export function CheckboxField({
  label,
  name,
  id = name,
  errors,
  hint,
  ...props
}: Omit<FieldFrame, "required"> & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "type">) {
  return (
    <div>
      <div className="flex items-start gap-2">
        <input
          id={id}
          name={name}
          type="checkbox"
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy(id, errors, hint)}
          className="mt-0.5 size-4 rounded border-slate-500"
          {...props}
        />
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {label}
        </label>
      </div>
      <FieldMessages id={id} hint={hint} errors={errors} />
    </div>
  );
}
