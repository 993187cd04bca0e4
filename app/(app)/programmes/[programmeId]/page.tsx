import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { isMember } from "@/lib/auth/permissions";
import { requireProgrammeMember } from "@/lib/programmes/access";

export default async function ProgrammeHome({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const actor = await requireProgrammeMember(await requireUser(), programmeId, { allowPlatformAdmin: true });
  redirect(`/programmes/${programmeId}/${isMember(actor) ? "services" : "people"}`);
}
