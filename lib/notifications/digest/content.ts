// What the daily digest says: per programme, what changed, what is due tomorrow, what is overdue, and
// the next steps the guide recommends for this person. Pure: the data is loaded by the e-mail builder.
import { hasRole, type ProgrammeActor } from "@/lib/auth/permissions";
import { compareNames } from "@/lib/domain/lists";
import { computeNextSteps, type NextStepEngagement } from "@/lib/engagements/next-steps";
import { rolesForEngagement } from "@/lib/engagements/transitions";
import type { NotificationKind } from "@/lib/generated/prisma/enums";
import { msg, type Message } from "@/lib/i18n/message";
import type { EmailContent, EmailLine } from "@/lib/mail/content";
import { engagementPath, INBOX_PATH } from "../planned";

/** Lines per section; the rest is counted ("… and 12 more in your inbox"). */
export const SECTION_LINES = 15;
/** Next steps per programme. */
export const NEXT_STEPS = 3;

export type DigestItem = { programmeId: string; programmeTitle: string; kind: NotificationKind; text: Message | string; href: string };
export type DigestStep = { title: Message; path: string };

/**
 * The guide's next steps for this person: for a team leader the programme's first steps in the guide's
 * order; for anyone else the steps on engagements they may move (their institution, their services).
 */
export function nextStepsFor(engagements: readonly NextStepEngagement[], actor: ProgrammeActor, programmeId: string): DigestStep[] {
  const leader = hasRole(actor, "TEAM_LEADER");
  const mine = (e: NextStepEngagement) => !leader && !e.archived && rolesForEngagement(actor, e).length > 0;
  return computeNextSteps(engagements, mine)
    .filter((step) => leader || step.mine)
    .slice(0, NEXT_STEPS)
    .map((step) => ({ title: step.title, path: engagementPath(programmeId, step.engagementId) }));
}

function lines(items: readonly DigestItem[]): EmailLine[] {
  const shown: EmailLine[] = items.slice(0, SECTION_LINES).map((item) => ({ text: item.text, path: item.href }));
  if (items.length > SECTION_LINES)
    shown.push({ text: msg("notifications.digest.more", { count: items.length - SECTION_LINES }), path: INBOX_PATH });
  return shown;
}

type DigestInput = {
  name: string;
  /** The digest hour ("08:00") and the zone it is in. */
  hour: string;
  timeZone: string;
  items: readonly DigestItem[];
  nextSteps: ReadonlyMap<string, DigestStep[]>;
  unsubscribePath: string;
};

export function digestContent(input: DigestInput): EmailContent {
  const programmes = new Map<string, string>();
  for (const item of input.items) programmes.set(item.programmeId, item.programmeTitle);
  const ordered = [...programmes].sort((a, b) => compareNames()(a[1], b[1]));
  const sections: EmailContent["sections"] = [];
  for (const [programmeId, programme] of ordered) {
    const of = (pick: (kind: NotificationKind) => boolean) => input.items.filter((i) => i.programmeId === programmeId && pick(i.kind));
    const groups: [Message, DigestItem[]][] = [
      [msg("notifications.digest.changed", { programme }), of((k) => k !== "DUE_SOON" && k !== "OVERDUE")],
      [msg("notifications.digest.dueSoon", { programme }), of((k) => k === "DUE_SOON")],
      [msg("notifications.digest.overdue", { programme }), of((k) => k === "OVERDUE")],
    ];
    for (const [heading, items] of groups) if (items.length > 0) sections.push({ heading, lines: lines(items) });
    const steps = input.nextSteps.get(programmeId) ?? [];
    if (steps.length > 0)
      sections.push({
        heading: msg("notifications.digest.nextSteps", { programme }),
        lines: steps.map((s) => ({ text: s.title, path: s.path })),
      });
  }
  return {
    subject: msg("notifications.digest.subject", { count: input.items.length, programmes: ordered.map(([, title]) => title).join(", ") }),
    paragraphs: [msg("notifications.digest.intro", { name: input.name })],
    sections,
    action: { label: msg("notifications.digest.action"), path: INBOX_PATH },
    footer: [msg("notifications.digest.footer", { hour: input.hour, timeZone: input.timeZone })],
    unsubscribePath: input.unsubscribePath,
  };
}
