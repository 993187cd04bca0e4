"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineProgrammeAction } from "@/lib/actions/define";
import { msg } from "@/lib/i18n/message";
import { getSay } from "@/lib/i18n/server";
import { nameServices } from "./consequences";
import { getMembershipTarget } from "./data";
import { changeMemberRole, removeMember } from "./mutations";
import { changeMemberRoleSchema, removeMemberSchema } from "./schema";

const ONLY_LEADER = msg("programmes.members.errors.onlyLeader");
const GONE = msg("programmes.members.errors.gone");

/** The membership row is the target; its programme comes from the row. */
const onMembership = {
  load: (input: { membershipId: string }) => getMembershipTarget(input.membershipId),
  missing: GONE,
  permission: "programme.configure",
  refusal: ONLY_LEADER,
} as const;

export const changeMemberRoleAction = defineProgrammeAction({
  schema: changeMemberRoleSchema,
  ...onMembership,
  handler: async ({ user, input }) => {
    const result = await changeMemberRole(user, input);
    if (!result.changed) return { status: "success", message: msg("programmes.members.unchanged") };
    revalidatePath(`/programmes/${result.programmeId}`, "layout");
    const services = nameServices(input.services, await getSay());
    return {
      status: "success",
      message: msg("programmes.members.changed", {
        name: result.name,
        role: input.role,
        hasServices: services ? "yes" : "no",
        services,
        issues: result.unassignedIssues,
      }),
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
    const handedBack =
      result.unownedEngagements && result.unassignedIssues
        ? "both"
        : result.unownedEngagements
          ? "engagements"
          : result.unassignedIssues
            ? "issues"
            : "none";
    return {
      status: "success",
      message: msg("programmes.members.removed", {
        name: result.name,
        left: result.leftProgramme ? "yes" : "no",
        role: result.role,
        handedBack,
        engagements: result.unownedEngagements,
        issues: result.unassignedIssues,
      }),
    };
  },
});
