import { z } from "zod";
import { password } from "@/lib/admin/schema";

// The new password follows the same rules as one an admin sets (lib/admin/schema.ts).
export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(200, "That is longer than any password here."),
    newPassword: password,
    confirmPassword: z.string().max(200, "Use at most 200 characters."),
  })
  .superRefine((input, context) => {
    if (input.confirmPassword !== input.newPassword)
      context.addIssue({ code: "custom", path: ["confirmPassword"], message: "Type the same new password twice." });
    if (input.newPassword === input.currentPassword)
      context.addIssue({ code: "custom", path: ["newPassword"], message: "Choose a password different from your current one." });
  });
