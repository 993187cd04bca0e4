import "server-only";
import { db } from "@/lib/db";

export async function recordSignInAttempt(email: string, ip: string, succeeded: boolean) {
  await db.signInAttempt.create({ data: { email, ip, succeeded } });
}

export async function revokeSessions(userId: string) {
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { sessionsRevokedAt: new Date() } }),
    db.auditLog.create({ data: { actorId: userId, action: "signOutEverywhere", entityType: "User", entityId: userId } }),
  ]);
}
