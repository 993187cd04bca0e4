import { z } from "zod";
import { Service } from "@/lib/generated/prisma/enums";

const id = z.string().trim().min(1, "Choose one.").max(64);

export const addRepresentativeSchema = z.object({
  programmeId: id,
  institutionId: id,
  service: z.enum(Service, { message: "Choose the service represented." }),
  userId: z.string().trim().min(1, "Choose the person who represents this service.").max(64),
});
export type AddRepresentativeInput = z.output<typeof addRepresentativeSchema>;

export const removeRepresentativeSchema = z.object({ representationId: id });
