import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/mutations";
import { enqueue } from "@/lib/jobs/mutations";

/** A test e-mail to the admin who asks for it, through the same job and transport as every other e-mail. */
export async function sendTestEmail(userId: string, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    await enqueue(tx, "email", { template: "test", key: `test:${userId}:${now.toISOString()}`, args: { userId } });
    await writeAudit(tx, { actorId: userId, action: "sendTestEmail", entityType: "User", entityId: userId });
  });
}
