import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { getObstacle } from "@/lib/obstacles/data";
import { editObstacleAction } from "@/lib/obstacles/actions";
import { getSay, getT } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/message";
import { PageHeader } from "@/components/ui/page-header";
import { ObstacleForm } from "@/components/obstacles/obstacle-form";

type Params = Promise<{ programmeId: string; obstacleNumber: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("obstacles");
  return { title: t("editTitle") };
}

/** What the obstacle says (its stage moves on its own page, with evidence). */
export default async function EditObstaclePage({ params }: { params: Params }) {
  const { programmeId, obstacleNumber } = await params;
  const number = /^\d{1,9}$/.test(obstacleNumber) ? Number(obstacleNumber) : null;
  if (number === null) notFound();
  const actor = await requireProgrammeMember(await requireUser(), programmeId);
  const [obstacle, t, say] = await Promise.all([getObstacle(actor, programmeId, number), getT("obstacles"), getSay()]);
  if (!obstacle) notFound();
  const back = `/programmes/${programmeId}/obstacles/${obstacle.number}`;
  if (!can(actor, "obstacle.edit", { institutionId: obstacle.institutionId, service: "LEGAL" })) {
    return (
      <>
        <PageHeader title={t("editTitle")} />
        <p role="alert" className="max-w-2xl rounded-lg border border-red-700 bg-red-50 p-4 text-sm text-red-900">
          {say(msg("obstacles.errors.notYours"))}
        </p>
        <p className="mt-4">
          <Link href={back} className="text-blue-900 underline">
            {t("backToObstacle")}
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t("editHeading", { number: obstacle.number })} />
      <ObstacleForm
        action={editObstacleAction}
        mode="edit"
        hidden={{ obstacleId: obstacle.id, version: String(obstacle.version) }}
        defaults={{
          title: obstacle.title,
          rule: obstacle.rule,
          ruleSource: obstacle.ruleSource,
          ruleLevel: obstacle.ruleLevel,
          institutionId: obstacle.institutionId,
          country: obstacle.country ?? "",
          element: obstacle.element,
          description: obstacle.description,
          step: obstacle.step ?? "",
        }}
        institutions={[]}
        cancelHref={back}
      />
    </>
  );
}
