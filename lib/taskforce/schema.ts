import { z } from "zod";
import { Service } from "@/lib/generated/prisma/enums";
import { zodMessage } from "@/lib/i18n/message";

const id = z.string().trim().min(1, zodMessage("programmes.validation.chooseOne")).max(64);

export const addRepresentativeSchema = z.object({
  programmeId: id,
  institutionId: id,
  service: z.enum(Service, { message: zodMessage("programmes.taskForce.validation.chooseService") }),
  userId: z.string().trim().min(1, zodMessage("programmes.taskForce.validation.choosePerson")).max(64),
});
export type AddRepresentativeInput = z.output<typeof addRepresentativeSchema>;

export const removeRepresentativeSchema = z.object({ representationId: id });
