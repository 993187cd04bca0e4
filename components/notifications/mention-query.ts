// What the @mention autocomplete reads from a text field: the "@Na" being typed at the caret, and
// the programme members whose names match it. Pure functions, so they are tested without a browser.

export type MentionCandidate = { userId: string; name: string };

/** The "@…" being typed just before the caret: where its "@" is and the letters after it. */
export type MentionQuery = { start: number; text: string };

/** At most this many suggestions are listed (a programme has tens of members, not thousands). */
export const MOST_SUGGESTIONS = 8;

// "@" at the start or after a space or an opening bracket or quote (not inside an e-mail address),
// then a letter, then up to 40 more characters of a name (letters, marks, spaces, ' ’ . -).
const TYPED_MENTION = /(?:^|[\s([{"'“‘«])@([\p{L}\p{M}][\p{L}\p{M}\p{Zs}'’.-]{0,40})$/u;

/** The mention being typed at `caret` in `value`, or null (no "@" + letters right before the caret). */
export function mentionQueryAt(value: string, caret: number): MentionQuery | null {
  const before = value.slice(Math.max(0, caret - 48), caret);
  const match = TYPED_MENTION.exec(before);
  if (!match) return null;
  const text = match[1]!;
  return { start: caret - text.length - 1, text };
}

/** Lower case without accents: "Łukasz" and "lukasz", "Müller" and "muller" match. */
function folded(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/ł/g, "l").replace(/Ł/g, "L").toLocaleLowerCase("en");
}

/**
 * The people whose name has a word starting with what was typed ("mar" → "Dr. Marieke de Vries",
 * "de v" → the same), names that start with it first; at most MOST_SUGGESTIONS.
 */
export function matchingPeople<P extends MentionCandidate>(people: readonly P[], typed: string): P[] {
  const query = folded(typed.trimEnd());
  if (!query) return [];
  const scored: { person: P; rank: number }[] = [];
  for (const person of people) {
    const name = folded(person.name);
    if (name.startsWith(query)) scored.push({ person, rank: 0 });
    else if (name.includes(` ${query}`) || name.includes(`-${query}`) || name.includes(`.${query}`)) scored.push({ person, rank: 1 });
  }
  return scored
    .sort((a, b) => a.rank - b.rank)
    .slice(0, MOST_SUGGESTIONS)
    .map(({ person }) => person);
}
