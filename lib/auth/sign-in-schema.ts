import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter the email address you were invited with."),
  password: z.string().min(1, "Enter your password.").max(200, "That password is too long."),
});
