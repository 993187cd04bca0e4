import { z } from "zod";
import { MemberRole, Service } from "@/lib/generated/prisma/enums";
import { zodMessage } from "@/lib/i18n/message";
import { formVersion as version } from "../schema";

const membershipId = z.string().trim().min(1, zodMessage("programmes.validation.reload")).max(64);

/** A member's role in the programme and, for a task-force member, the services they represent. */
export const changeMemberRoleSchema = z
  .object({
    membershipId,
    version,
    role: z.enum(MemberRole, { message: zodMessage("programmes.validation.role") }),
    services: z.array(z.enum(Service, { message: zodMessage("programmes.validation.servicesFromList") })).default([]),
  })
  .refine((v) => v.role !== "TASK_FORCE" || v.services.length > 0, {
    message: zodMessage("programmes.validation.services"),
    path: ["services"],
  })
  .transform((v) => ({ ...v, services: v.role === "TASK_FORCE" ? [...new Set(v.services)] : [] }));
export type ChangeMemberRoleInput = z.output<typeof changeMemberRoleSchema>;

export const removeMemberSchema = z.object({ membershipId, version });
export type RemoveMemberInput = z.output<typeof removeMemberSchema>;
