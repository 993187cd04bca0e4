import type { DeliveryMode, MemberRole, ProgrammeStatus } from "@/lib/generated/prisma/enums";

export const ROLE_LABELS: Record<MemberRole, string> = {
  TEAM_LEADER: "Team leader",
  PARTNER_STAFF: "Partner staff",
  TASK_FORCE: "Task-force member",
};

export const DELIVERY_MODE_LABELS: Record<DeliveryMode, string> = {
  ONLINE: "Online",
  BLENDED: "Blended",
  ON_SITE: "On site",
};

export const PROGRAMME_STATUS_LABELS: Record<ProgrammeStatus, string> = {
  DESIGN: "Design",
  DEVELOPMENT: "Development",
  APPROVAL: "Approval",
  DELIVERY: "Delivery",
  ARCHIVED: "Archived",
};
