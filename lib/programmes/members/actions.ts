"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { authorizeInProgramme, defineAction } from "@/lib/actions/action";
import { notFound } from "@/lib/errors";
import { ROLE_LABELS } from "@/lib/domain/labels";
import { inGuideOrder, SERVICE_LABELS } from "@/lib/domain/services";
import { getMembershipTarget } from "./data";
import { changeMemberRole, removeMember } from "./mutations";
import { changeMemberRoleSchema, removeMemberSchema } from "./schema";

const ONLY_LEADER = "Only the programme's team leader can change who is in the programme and in which role.";
const GONE = "This person is no longer a member in that role: someone changed it meanwhile. Reload the page.";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const changeMemberRoleAction = defineAction(changeMemberRoleSchema, async (user, input) => {
  const target = await getMembershipTarget(input.membershipId);
  if (!target) throw notFound(GONE);
  await authorizeInProgramme(user, target.programmeId, "programme.configure", {}, ONLY_LEADER);
  const result = await changeMemberRole(user, input);
  if (!result.changed) return { status: "success", message: "Nothing to save: the role and services are unchanged." };
  revalidatePath(`/programmes/${result.programmeId}`, "layout");
  const services = inGuideOrder(input.services)
    .map((s) => SERVICE_LABELS[s])
    .join(", ");
  const released = result.unassignedIssues
    ? ` ${plural(result.unassignedIssues, "open issue", "open issues")} assigned to them ${result.unassignedIssues === 1 ? "is" : "are"} now unassigned.`
    : "";
  return {
    status: "success",
    message: `${result.name} is now ${ROLE_LABELS[input.role].toLowerCase()}${services ? ` for ${services}` : ""}.${released}`,
  };
});

export const removeMemberAction = defineAction(removeMemberSchema, async (user, input) => {
  const target = await getMembershipTarget(input.membershipId);
  if (!target) throw notFound(GONE);
  await authorizeInProgramme(user, target.programmeId, "programme.configure", {}, ONLY_LEADER);
  const result = await removeMember(user, input);
  revalidatePath(`/programmes/${result.programmeId}`, "layout");
  // Someone who removed their own last role can no longer see the programme.
  if (result.userId === user.id && result.leftProgramme && !user.isPlatformAdmin) redirect("/programmes");
  const handedBack = [
    result.unownedEngagements
      ? `${plural(result.unownedEngagements, "engagement", "engagements")} no longer ${result.unownedEngagements === 1 ? "has an owner" : "have an owner"}`
      : "",
    result.unassignedIssues ? `${plural(result.unassignedIssues, "open issue is", "open issues are")} unassigned` : "",
  ].filter(Boolean);
  return {
    status: "success",
    message:
      `${result.name} ${result.leftProgramme ? "left the programme" : `is no longer ${ROLE_LABELS[result.role].toLowerCase()}`}.` +
      (handedBack.length ? ` ${handedBack.join("; ")}.` : ""),
  };
});
