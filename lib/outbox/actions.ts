"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAdminAction } from "@/lib/actions/define";
import { msg } from "@/lib/i18n/message";
import { sendTestEmail } from "./mutations";

export const sendTestEmailAction = defineAdminAction({
  schema: z.object({}),
  handler: async ({ user }) => {
    await sendTestEmail(user.id);
    revalidatePath("/admin/outbox");
    return { status: "success", message: msg("admin.outbox.testQueued", { email: user.email }) };
  },
});
