import "server-only";
import { notFound } from "next/navigation";
import type { SessionUser } from "@/lib/auth/session";
import { isMember, type ProgrammeActor } from "@/lib/auth/permissions";
import { loadProgrammeActor } from "./data";

/**
 * For pages: this user's standing in the programme, or a 404 when they are not a member, so an
 * outsider cannot even learn that the programme exists. Platform admins pass only where allowed.
 */
export async function requireProgrammeMember(
  user: SessionUser,
  programmeId: string,
  options: { allowPlatformAdmin?: boolean } = {},
): Promise<ProgrammeActor> {
  const actor = await loadProgrammeActor(user, programmeId);
  if (!actor) notFound();
  if (!isMember(actor) && !(options.allowPlatformAdmin && actor.isPlatformAdmin)) notFound();
  return actor;
}
