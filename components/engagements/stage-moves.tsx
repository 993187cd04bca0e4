"use client";
import { useActionState, useId, useState } from "react";
import { moveEngagement } from "@/lib/engagements/actions";
import type { ActionState } from "@/lib/actions/action";
import type { EngagementStage } from "@/lib/generated/prisma/enums";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export type StageMoveOption = { to: EngagementStage; label: string; needsReason: boolean; kind: string };

/**
 * The moves this person may make now, as labelled submit buttons sharing one note field.
 * The options come from the server (allowedMoves in lib/engagements/transitions.ts); the server
 * checks again on submit, and refusals or conflicts are shown here as they come back.
 */
export function StageMoves({
  engagementId,
  version,
  moves,
  heading = "Move this engagement",
  suggestedNote = "",
}: {
  engagementId: string;
  version: number;
  moves: readonly StageMoveOption[];
  heading?: string;
  suggestedNote?: string;
}) {
  const noteId = useId();
  const hintId = useId();
  // Controlled, so a refused move keeps what the person typed; cleared once a move succeeds.
  const [note, setNote] = useState(suggestedNote);
  const [state, action] = useActionState<ActionState, FormData>(
    async (previous, formData) => {
      const result = await moveEngagement(previous, formData);
      if (result.status === "success") setNote("");
      return result;
    },
    { status: "idle" },
  );
  if (moves.length === 0) return null;
  const forward = moves.filter((m) => m.kind === "forward" || m.kind === "unblock");
  const other = moves.filter((m) => !(m.kind === "forward" || m.kind === "unblock"));
  return (
    <form action={action} className="space-y-3" aria-label={heading}>
      <input type="hidden" name="engagementId" value={engagementId} />
      <input type="hidden" name="version" value={version} />
      <div>
        <label htmlFor={noteId} className="block text-sm font-medium text-slate-800">
          Note <span className="font-normal text-slate-700">(a reason is required for moves marked “reason needed”)</span>
        </label>
        <textarea
          id={noteId}
          name="note"
          rows={2}
          maxLength={1000}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          aria-describedby={hintId}
          className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900"
        />
        <p id={hintId} className="mt-1 text-xs text-slate-700">
          The note is saved in the history with the move.
        </p>
      </div>
      <div className="flex flex-wrap gap-2">
        {forward.map((m) => (
          <SubmitButton key={m.to} name="to" value={m.to} size="sm" pendingLabel="Moving…">
            {m.label}
          </SubmitButton>
        ))}
        {other.map((m) => (
          <SubmitButton
            key={m.to}
            name="to"
            value={m.to}
            size="sm"
            variant={m.kind === "block" ? "danger" : "secondary"}
            pendingLabel="Moving…"
          >
            {m.label}
            {m.needsReason && <span className="font-normal"> (reason needed)</span>}
          </SubmitButton>
        ))}
      </div>
      <FormMessage state={state} />
    </form>
  );
}
