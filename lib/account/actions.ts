"use server";
import { revalidatePath } from "next/cache";
import { defineSignedInAction } from "@/lib/actions/define";
import { setTimeZone } from "./mutations";
import { timeZoneSettingSchema } from "./schema";

/** "Your account" → Time zone. Anyone signed in, for themselves only (the target is the session user). */
export const updateTimeZoneAction = defineSignedInAction({
  schema: timeZoneSettingSchema,
  handler: async ({ user, input: { timeZone } }) => {
    const { changed } = await setTimeZone(user.id, timeZone);
    // Every page shows times: drop every cached render, not only this page's.
    revalidatePath("/", "layout");
    const where = timeZone ? `in ${timeZone}` : "in your browser's time zone";
    return {
      status: "success",
      message: changed ? `Saved. Times are now shown ${where}.` : `Nothing to change: times are already shown ${where}.`,
    };
  },
});
