"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineProgrammeAction } from "@/lib/actions/define";
import { ROLE_LABELS } from "@/lib/domain/labels";
import { inGuideOrder, SERVICE_LABELS } from "@/lib/domain/services";
import { getMembershipTarget } from "./data";
import { changeMemberRole, removeMember } from "./mutations";
import { changeMemberRoleSchema, removeMemberSchema } from "./schema";

const ONLY_LEADER = "Only the programme's team leader can change who is in the programme and in which role.";
const GONE = "This person is no longer a member in that role: someone changed it meanwhile. Reload the page.";

/** The membership row is the target; its programme comes from the row. */
const onMembership = {
  load: (input: { membershipId: string }) => getMembershipTarget(input.membershipId),
  missing: GONE,
  permission: "programme.configure",
  refusal: ONLY_LEADER,
} as const;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const changeMemberRoleAction = defineProgrammeAction({
  schema: changeMemberRoleSchema,
  ...onMembership,
  handler: async ({ user, input }) => {
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
  },
});

export const removeMemberAction = defineProgrammeAction({
  schema: removeMemberSchema,
  ...onMembership,
  handler: async ({ user, input }) => {
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
  },
});
