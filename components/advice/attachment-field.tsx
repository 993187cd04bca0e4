"use client";
import { useState, type ChangeEvent } from "react";
import { useTranslations } from "next-intl";
import type { Message } from "@/lib/i18n/message";
import { ACCEPT_ATTRIBUTE, ATTACHMENT_LIMIT_VALUES, checkFileSelection, MAX_ATTACHMENTS_PER_REQUEST } from "@/lib/advice/file-types";

/** The browser's own refusals of chosen files are adviceClient messages (lib/advice/file-types.ts). */
const CLIENT_NAMESPACE = "adviceClient.";
type ClientKey = Parameters<ReturnType<typeof useTranslations<"adviceClient">>>[0];
const clientKey = (message: Message) => message.key.slice(CLIENT_NAMESPACE.length) as ClientKey;

function fileInputOf(form: HTMLFormElement): HTMLInputElement | null {
  const input = form.elements.namedItem("attachments");
  return input instanceof HTMLInputElement ? input : null;
}

/**
 * Files too many or too large are refused in the browser, before uploading megabytes the server would
 * refuse with the same message. The form calls `checkBeforeSubmit(form)` in its submit handler.
 */
export function useAttachmentPicker() {
  // Null: nothing chosen since the last submission, so the server's answer (if any) is shown.
  const [problem, setProblem] = useState<{ message: Message | null } | null>(null);
  return {
    problem,
    onChange: (event: ChangeEvent<HTMLInputElement>) => setProblem({ message: checkFileSelection([...(event.currentTarget.files ?? [])]) }),
    /** False (and the field focused, its message shown) when the chosen files cannot be sent. */
    checkBeforeSubmit(form: HTMLFormElement): boolean {
      const input = fileInputOf(form);
      const found = checkFileSelection([...(input?.files ?? [])]);
      if (found) {
        setProblem({ message: found });
        input?.focus();
        return false;
      }
      setProblem(null);
      return true;
    },
  };
}

/** The file input of the advice and decision forms, with its limits as a hint and its refusals beside it. */
export function AttachmentField({
  picker,
  label,
  serverErrors,
}: {
  picker: ReturnType<typeof useAttachmentPicker>;
  label: string;
  serverErrors?: string[];
}) {
  const t = useTranslations("adviceClient");
  const { problem } = picker;
  const errors = problem ? (problem.message ? [t(clientKey(problem.message), problem.message.values)] : []) : serverErrors;
  return (
    <div>
      <label htmlFor="attachments" className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id="attachments"
        name="attachments"
        type="file"
        multiple
        accept={ACCEPT_ATTRIBUTE}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? "attachments-error attachments-hint" : "attachments-hint"}
        onChange={picker.onChange}
        className="mt-1 block w-full text-sm text-slate-900 file:mr-3 file:rounded-md file:border file:border-slate-400 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium aria-[invalid=true]:text-red-800"
      />
      {errors?.length ? (
        // Announced when the browser's own check refuses a choice (the server's answer is announced by the form).
        <p id="attachments-error" role={problem ? "alert" : undefined} className="mt-1 text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
      <p id="attachments-hint" className="mt-1 text-xs text-slate-600">
        {t("form.attachmentsHint", { max: MAX_ATTACHMENTS_PER_REQUEST, ...ATTACHMENT_LIMIT_VALUES, types: t("files.acceptedTypes") })}
      </p>
    </div>
  );
}
