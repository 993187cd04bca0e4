// Generators of malformed server-action payloads for the property tests (fast-check).
// FUZZ_RUNS sets the number of payloads per action (default 60 keeps `npm test` short; CI: 1000).
import fc from "fast-check";

export const FUZZ_RUNS = Math.max(1, Number(process.env.FUZZ_RUNS ?? 60) || 60);
/**
 * Time for one property test: each run is a real action against PostgreSQL, and integration files
 * share the two cores, so the budget grows with the number of runs instead of being a constant.
 */
export const FUZZ_TEST_TIMEOUT_MS = 60_000 + FUZZ_RUNS * 250;
/** FUZZ_SEED=<seed printed by a failure> replays that run. */
export const FUZZ_OPTIONS = {
  numRuns: FUZZ_RUNS,
  endOnFailure: true,
  ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}),
};

const MEGABYTE = "x".repeat(1024 * 1024);

/** Strings that break naive code: huge, lone surrogates, bidi overrides, zero-width, NUL, injection. */
export const nastyString = fc.oneof(
  fc.constantFrom(
    MEGABYTE,
    `${MEGABYTE}é`,
    "\uD800",
    "ok\uDC00ok",
    "\u202Egnp.exe\u202C",
    "\u200B",
    "\u200B\u200C\u200D\uFEFF",
    "\u0000",
    "valid text\u0000with a NUL",
    "\u2028\u2029",
    "e\u0301\u0301\u0301",
    "𝕳𝖊𝖑𝖑𝖔 👩🏽‍🔬",
    "مرحبا بالعالم",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "%00",
    "   ",
    "",
    "null",
    "undefined",
    "[object Object]",
  ),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 300 }),
);

export const nastyNumber = fc.oneof(
  fc.constantFrom(
    -1,
    -0,
    0.5,
    2 ** 31,
    2 ** 53 + 2,
    -(2 ** 63),
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    Infinity,
    -Infinity,
    NaN,
    "-5",
    "1e400",
    "0x1F",
    "١٢",
    "12abc",
    " 7 ",
  ),
  fc.integer(),
  fc.double(),
  fc.bigInt().map(String),
);

export const nastyDate = fc.oneof(
  fc.constantFrom(
    "0000-01-01",
    "0001-01-01",
    "1899-12-31",
    "9999-12-31",
    "+275760-09-13",
    "-001000-01-01",
    "2027-02-30",
    "2027-13-01",
    "2027-00-10",
    "2027-1-1",
    "31/12/2027",
    "2027-06-01T25:00:00Z",
    "2100-01-01",
  ),
  fc.date({ noInvalidDate: false }),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);

export const wrongType = fc.oneof(
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 5 }),
  fc.object({ maxDepth: 2 }),
  fc.constant(new File([new Uint8Array([1, 2, 3])], "x.bin")),
);

const DELETE = Symbol("delete");

/** Replaces, removes or adds fields of a valid payload with hostile values. */
export function malformedPayload(base: Record<string, unknown>, foreignIds: readonly string[]) {
  const keys = Object.keys(base);
  const value = fc.oneof(
    { weight: 3, arbitrary: nastyString },
    { weight: 2, arbitrary: nastyNumber },
    { weight: 1, arbitrary: nastyDate },
    { weight: 2, arbitrary: wrongType },
    { weight: 2, arbitrary: fc.constantFrom(...foreignIds) },
    { weight: 2, arbitrary: fc.constant(DELETE) },
  );
  const extraKey = fc.oneof(
    fc.constantFrom("__proto__", "constructor", "isPlatformAdmin", "role", "programmeId", "authorId", "version", "id", "$ACTION_ID_1"),
    fc.string({ maxLength: 20 }),
  );
  const fields = fc
    .tuple(
      keys.length ? fc.shuffledSubarray(keys, { minLength: 1 }) : fc.constant([] as string[]),
      fc.array(value, { minLength: Math.max(keys.length, 1), maxLength: Math.max(keys.length, 1) }),
      fc.array(fc.tuple(extraKey, value), { maxLength: 3 }),
    )
    .map(([chosen, values, extras]) => {
      const out: Record<string, unknown> = { ...base };
      chosen.forEach((key, i) => {
        const v = values[i];
        if (v === DELETE) delete out[key];
        else out[key] = v;
      });
      // defineProperty: a "__proto__" key must be a plain field, as it would be from a parsed form.
      for (const [key, v] of extras)
        if (v !== DELETE) Object.defineProperty(out, key, { value: v, enumerable: true, configurable: true, writable: true });
      return out;
    });
  const asForm = fields.map(toFormData);
  const whole = fc.oneof(
    fc.constant(null),
    fc.constant(undefined),
    fc.string(),
    fc.integer(),
    fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
    fc.constant(new FormData()),
  );
  return fc.oneof({ weight: 6, arbitrary: fields }, { weight: 2, arbitrary: asForm }, { weight: 1, arbitrary: whole });
}

/** What a browser would post: strings and files, repeated keys for arrays. */
export function toFormData(payload: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(payload)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v instanceof File) form.append(key, v);
      else if (v !== undefined)
        form.append(key, typeof v === "object" && v !== null && !(v instanceof Date) ? JSON.stringify(v) : String(v));
    }
  }
  return form;
}
