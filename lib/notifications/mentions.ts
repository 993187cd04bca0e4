// @mentions in comments and advice details. The composer's autocomplete inserts `@[Name](userId)`;
// the text keeps the id, so renaming a person or two people sharing a name cannot misdirect it.
// Rendered as "@Name" (components render the parts); notified by the fan-out job.

const MENTION = /@\[([^\]\n]{1,120})\]\(([a-z0-9]{10,40})\)/g;

export type Mention = { name: string; userId: string };

/** Every distinct person mentioned in `text`, in order of first mention. */
export function parseMentions(text: string): Mention[] {
  const seen = new Map<string, Mention>();
  for (const match of text.matchAll(MENTION)) {
    const [, name, userId] = match;
    if (name && userId && !seen.has(userId)) seen.set(userId, { name, userId });
  }
  return [...seen.values()];
}

export type TextPart = { text: string } | { mention: Mention };

/** `text` split into plain runs and mentions, for rendering "@Name" without the markup. */
export function splitMentions(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(MENTION)) {
    const [whole, name, userId] = match;
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    parts.push({ mention: { name: name!, userId: userId! } });
    last = match.index + whole.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** The mention markup for a person (what the autocomplete inserts). */
export function mentionMarkup(person: Mention): string {
  return `@[${person.name.replace(/[\]\n]/g, " ")}](${person.userId})`;
}

/** The names `text` gives the people among `userIds` it mentions ("&unnotified=…" on the advice page), in order of mention. */
export function mentionedNames(text: string, userIds: readonly string[]): string[] {
  const wanted = new Set(userIds);
  return parseMentions(text)
    .filter((m) => wanted.has(m.userId))
    .map((m) => m.name);
}
