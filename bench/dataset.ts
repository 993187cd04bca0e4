// What the benchmark seed creates and the benchmark runner relies on: fixed ids, titles and the
// bench accounts (one per role in the largest programme). No imports: both sides can load it.

export const BENCH_PROGRAMME_ID = "cbenchlargestprogramme001";
export const BENCH_PROGRAMME_TITLE = "Bench: Joint Micro-credential in Sustainable Cities (largest)";
export const BENCH_PASSWORD = "consort-bench";
/** Partners of the largest programme, lead included (European University alliances have 9–13). */
export const BENCH_PARTNERS = 12;

export const BENCH_USERS = {
  leader: { email: "bench-leader@consort.test", name: "Bench Leader", role: "TEAM_LEADER" },
  partner: { email: "bench-partner@consort.test", name: "Bench Partner Staff", role: "PARTNER_STAFF" },
  taskforce: { email: "bench-taskforce@consort.test", name: "Bench Task Force", role: "TASK_FORCE" },
  admin: { email: "bench-admin@consort.test", name: "Bench Admin", role: "PLATFORM_ADMIN" },
} as const;
export type BenchRole = keyof typeof BENCH_USERS;

/** Sizes at scale 1; scale N multiplies every one of them. */
export const SCALE_1 = { programmes: 20, users: 400, adviceEntries: 10_000, boardIssues: 2_000 } as const;
/**
 * The largest programme holds this share of all advice and board issues, so its lists grow with
 * the scale (a programme years into delivery) and unpaginated lists show up in the figures.
 */
export const LARGEST_SHARE = 0.1;
