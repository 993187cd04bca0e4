"use client";
import { useId, useMemo, useRef, useState, type ComponentProps, type KeyboardEvent, type SyntheticEvent } from "react";
import { useTranslations } from "next-intl";
import { mentionMarkup } from "@/lib/notifications/mentions";
import { TextAreaField } from "@/components/ui/field";
import { matchingPeople, mentionQueryAt, type MentionCandidate, type MentionQuery } from "./mention-query";

type FieldProps = Omit<ComponentProps<typeof TextAreaField>, "onKeyDown" | "onChange" | "onSelect" | "onBlur">;

/**
 * A text area where "@" and the first letters of a name offer the programme's members (passed in by
 * the page: no request while typing). The combobox pattern of the ARIA practices, on a text area: it
 * keeps its textbox role (a combobox role would hide that it is multi-line) and points at the list
 * with aria-controls and at the suggestion in focus with aria-activedescendant. Up and Down move,
 * Enter or Tab insert the suggestion, Escape closes the list; a click inserts too. The text gets
 * `@[Name](userId)` (lib/notifications/mentions.ts), shown as "@Name" wherever it is read.
 */
export function MentionTextArea({ people, ...field }: FieldProps & { people: readonly MentionCandidate[] }) {
  const t = useTranslations("inboxClient");
  const listId = useId();
  // The text area, as its own events hand it over (TextAreaField takes no ref).
  const ref = useRef<HTMLTextAreaElement | null>(null);
  const [query, setQuery] = useState<MentionQuery | null>(null);
  const [active, setActive] = useState(0);
  // Escape closes the list for the "@" it was opened at; a new "@" opens it again.
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const suggestions = useMemo(() => (query ? matchingPeople(people, query.text) : []), [people, query]);
  const open = query !== null && query.start !== dismissedAt && suggestions.length > 0;
  const optionId = (index: number) => `${listId}-option-${index}`;

  function readQuery(event: SyntheticEvent<HTMLTextAreaElement>) {
    const area = (ref.current = event.currentTarget);
    if (area.selectionStart !== area.selectionEnd) return setQuery(null);
    const next = mentionQueryAt(area.value, area.selectionStart);
    setQuery((previous) => (previous?.start === next?.start && previous?.text === next?.text ? previous : next));
    if (next?.start !== query?.start || next?.text !== query?.text) setActive(0);
    if (next === null || next.start !== dismissedAt) setDismissedAt(null);
  }

  function choose(person: MentionCandidate) {
    const area = ref.current;
    if (!area || !query) return;
    area.setRangeText(`${mentionMarkup(person)} `, query.start, area.selectionStart, "end");
    area.focus();
    setQuery(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    ref.current = event.currentTarget;
    if (!open) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((index) => (index + step + suggestions.length) % suggestions.length);
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      choose(suggestions[Math.min(active, suggestions.length - 1)]!);
    } else if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      setDismissedAt(query.start);
    }
  }

  const hint = field.hint ? (
    <>
      {field.hint} {t("mentions.hint")}
    </>
  ) : (
    t("mentions.hint")
  );
  return (
    <div>
      <TextAreaField
        {...field}
        hint={hint}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? optionId(active) : undefined}
        onChange={readQuery}
        onSelect={readQuery}
        onKeyDown={onKeyDown}
        onBlur={() => setQuery(null)}
      />
      {open && (
        <ul
          id={listId}
          role="listbox"
          aria-label={t("mentions.listLabel")}
          // In the flow under the field, not over it: nothing the person may need (the hint, the button) is covered.
          className="mt-1 max-h-64 w-full max-w-sm overflow-y-auto rounded-md border border-slate-400 bg-white py-1 shadow-md"
        >
          {suggestions.map((person, index) => (
            <li
              key={person.userId}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              // Keep the focus in the text area: the choice is made on click.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(person)}
              onMouseMove={() => setActive(index)}
              className="cursor-pointer px-3 py-1.5 text-sm text-slate-900 aria-selected:bg-blue-800 aria-selected:text-white"
            >
              {person.name}
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="sr-only">
        {open ? t("mentions.found", { count: suggestions.length }) : ""}
      </p>
    </div>
  );
}
