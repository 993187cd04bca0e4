"use client";
import { useId } from "react";
import { useTranslations } from "next-intl";
import { moveEngagement } from "@/lib/engagements/actions";
import type { EngagementStage } from "@/lib/generated/prisma/enums";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

/** `label`: the button's text, already said in the reader's language by the page. */
type StageMoveOption = { to: EngagementStage; label: string; needsReason: boolean; kind: string };

/**
 * The moves this person may make now, as labelled submit buttons sharing one note field.
 * The options come from the server (allowedMoves in lib/engagements/transitions.ts); the server
 * checks again on submit, and refusals or conflicts are shown here as they come back, at the field
 * they concern. Moves that need a reason are grouped under a heading that says so.
 */
export function StageMoves({
  engagementId,
  stage,
  version,
  moves,
  adviceLogged,
  heading,
}: {
  engagementId: string;
  stage: EngagementStage;
  version: number;
  moves: readonly StageMoveOption[];
  /** False: "Mark as settled" asks for a confirmation and a reason (the server insists too). */
  adviceLogged: boolean;
  heading?: string;
}) {
  const t = useTranslations("engagementsClient");
  // useId, not the field name: the details form on the same page has a "note" field too.
  const noteId = useId();
  const reasonGroupId = useId();
  const confirmErrorId = useId();
  // A refused move keeps what the person typed; the note empties once a move succeeds.
  const { state, formProps, value, checked } = useFormAction(moveEngagement, { onConflict: "keep" });
  if (moves.length === 0) return null;
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const withoutReason = moves.filter((m) => !m.needsReason);
  const withReason = moves.filter((m) => m.needsReason);
  const confirmSettle = !adviceLogged && moves.some((m) => m.to === "SETTLED");
  return (
    <form {...formProps} className="space-y-3" aria-label={heading ?? t("moves.heading")}>
      <input type="hidden" name="engagementId" value={engagementId} />
      <input type="hidden" name="from" value={stage} />
      <input type="hidden" name="version" value={version} />
      <div>
        <label htmlFor={noteId} className="block text-sm font-medium text-slate-800">
          {t("moves.note")}
        </label>
        <textarea
          id={noteId}
          name="note"
          rows={2}
          maxLength={1000}
          defaultValue={value("note", "")}
          aria-invalid={errors?.note ? true : undefined}
          aria-describedby={`${noteId}-hint${errors?.note ? ` ${noteId}-error` : ""}`}
          className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 aria-[invalid=true]:border-red-700"
        />
        <p id={`${noteId}-hint`} className="mt-1 text-xs text-slate-700">
          {t("moves.noteHint")}
        </p>
        {errors?.note && (
          <p id={`${noteId}-error`} className="mt-1 text-sm text-red-800">
            {errors.note.join(" ")}
          </p>
        )}
      </div>
      {confirmSettle && (
        <div className="rounded-md border border-amber-600 bg-amber-50 p-3 text-sm text-amber-950">
          <p>{t("moves.noAdvice")}</p>
          <label className="mt-2 flex items-start gap-2 font-medium">
            <input
              type="checkbox"
              name="confirmNoAdvice"
              value="yes"
              defaultChecked={checked("confirmNoAdvice")}
              className="mt-0.5 h-4 w-4"
              aria-invalid={errors?.confirmNoAdvice ? true : undefined}
              aria-describedby={errors?.confirmNoAdvice ? confirmErrorId : undefined}
            />
            {t("moves.settleWithoutAdvice")}
          </label>
          {errors?.confirmNoAdvice && (
            <p id={confirmErrorId} className="mt-1 text-red-800">
              {errors.confirmNoAdvice.join(" ")}
            </p>
          )}
        </div>
      )}
      {withoutReason.length > 0 && (
        <div className="flex flex-wrap gap-2">
          {withoutReason.map((m) => (
            <SubmitButton key={m.to} name="to" value={m.to} size="sm" pendingLabel={t("moves.moving")}>
              {m.label}
            </SubmitButton>
          ))}
        </div>
      )}
      {withReason.length > 0 && (
        <div role="group" aria-labelledby={reasonGroupId}>
          <p id={reasonGroupId} className="mb-1 text-sm font-medium text-slate-800">
            {t("moves.needReason")}
          </p>
          <div className="flex flex-wrap gap-2">
            {withReason.map((m) => (
              <SubmitButton
                key={m.to}
                name="to"
                value={m.to}
                size="sm"
                variant={m.kind === "block" ? "danger" : "secondary"}
                pendingLabel={t("moves.moving")}
              >
                {m.label}
              </SubmitButton>
            ))}
          </div>
        </div>
      )}
      <FormMessage state={state} />
    </form>
  );
}
