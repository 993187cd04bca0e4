import type { AdviceKind, AdviceVisibility } from "@/lib/generated/prisma/enums";
import { getT } from "@/lib/i18n/server";

/** Visibility in words (never colour alone). Classes in app/globals.css: a badge is on every advice row. */
export async function VisibilityBadge({ visibility }: { visibility: AdviceVisibility }) {
  const t = await getT("adviceClient");
  return visibility === "SHARED" ? (
    <span className="chip chip-shared">{t("badge.shared")}</span>
  ) : (
    <span className="chip chip-draft">{t("badge.draft")}</span>
  );
}

export async function KindBadge({ kind }: { kind: AdviceKind }) {
  const t = await getT("adviceClient");
  return <span className="chip chip-kind">{t(`kind.${kind}`)}</span>;
}
