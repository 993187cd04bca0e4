import { z } from "zod";
import { zodMessage } from "@/lib/i18n/message";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email(zodMessage("auth.errors.emailInvalid")),
  password: z.string().min(1, zodMessage("auth.errors.passwordRequired")).max(200, zodMessage("auth.errors.passwordTooLong")),
});
