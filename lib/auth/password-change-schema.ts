import { z } from "zod";
import { password } from "@/lib/admin/schema";
import { zodMessage } from "@/lib/i18n/message";

// The new password follows the same rules as one an admin sets (lib/admin/schema.ts).
export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string()
      .min(1, zodMessage("auth.passwordChange.errors.currentRequired"))
      .max(200, zodMessage("auth.passwordChange.errors.currentTooLong")),
    newPassword: password,
    confirmPassword: z.string().max(200, zodMessage("auth.passwordChange.errors.confirmTooLong", { max: 200 })),
  })
  .superRefine((input, context) => {
    if (input.confirmPassword !== input.newPassword)
      context.addIssue({ code: "custom", path: ["confirmPassword"], message: zodMessage("auth.passwordChange.errors.notSame") });
    if (input.newPassword === input.currentPassword)
      context.addIssue({ code: "custom", path: ["newPassword"], message: zodMessage("auth.passwordChange.errors.sameAsCurrent") });
  });
