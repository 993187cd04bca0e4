// A page's query string as Next.js hands it over: a key may repeat (?q=a&q=b → an array) or be empty.

export type SearchParams = Record<string, string | string[] | undefined>;

/** One value per key: the first of a repeated key; an empty value counts as absent. */
export function firstValues(params: SearchParams): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(params)) out[key] = (Array.isArray(value) ? value[0] : value) || undefined;
  return out;
}
