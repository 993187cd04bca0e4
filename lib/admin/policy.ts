import type { SessionUser } from "@/lib/auth/session";
import { forbidden } from "@/lib/errors";

/**
 * Platform administration is not a programme role, so it is not in the programme permission table:
 * the only rule is "the current user, re-read from the database by currentUser(), is a platform admin".
 * The mutations check it again inside their transaction.
 */
export function assertPlatformAdmin(user: Pick<SessionUser, "isPlatformAdmin">): void {
  if (!user.isPlatformAdmin) throw forbidden("Only platform admins can manage institutions, users and programmes here.");
}
