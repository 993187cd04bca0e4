import "server-only";
import { db } from "@/lib/db";
import { SERVICES_IN_GUIDE_ORDER } from "@/lib/domain/services";
import type { Service } from "@/lib/generated/prisma/enums";

export type Seat = { representationId: string; userId: string; name: string; email: string; active: boolean };
type TaskForceGrid = {
  services: readonly Service[];
  institutions: { id: string; name: string; shortName: string; country: string; lead: boolean }[];
  /** cells[service][institutionId] → the representatives there. */
  cells: Record<string, Record<string, Seat[]>>;
  /** People who can be seated at an institution: its staff and anyone acting for it here. */
  candidates: Record<string, { id: string; name: string; email: string }[]>;
};

/** The "who to ask" grid: services in the guide's order × institutions, lead first. */
export async function getTaskForceGrid(programmeId: string): Promise<TaskForceGrid> {
  const [partners, seats, members] = await Promise.all([
    db.programmePartner.findMany({
      where: { programmeId, archivedAt: null },
      orderBy: [{ role: "asc" }, { institution: { name: "asc" } }],
      select: { role: true, institution: { select: { id: true, name: true, shortName: true, country: true } } },
    }),
    db.taskForceRepresentation.findMany({
      where: { membership: { programmeId, role: "TASK_FORCE" } },
      orderBy: { membership: { user: { name: "asc" } } },
      select: {
        id: true,
        service: true,
        membership: { select: { institutionId: true, user: { select: { id: true, name: true, email: true, deactivatedAt: true } } } },
      },
    }),
    db.membership.findMany({ where: { programmeId }, select: { userId: true, institutionId: true } }),
  ]);
  const institutionIds = partners.map((p) => p.institution.id);
  const people = await db.user.findMany({
    where: { deactivatedAt: null, OR: [{ institutionId: { in: institutionIds } }, { id: { in: members.map((m) => m.userId) } }] },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true, institutionId: true },
  });
  const candidates: TaskForceGrid["candidates"] = {};
  for (const institutionId of institutionIds) {
    const actingHere = new Set(members.filter((m) => m.institutionId === institutionId).map((m) => m.userId));
    candidates[institutionId] = people
      .filter((p) => p.institutionId === institutionId || actingHere.has(p.id))
      .map(({ id, name, email }) => ({ id, name, email }));
  }
  const cells: TaskForceGrid["cells"] = {};
  for (const service of SERVICES_IN_GUIDE_ORDER) cells[service] = Object.fromEntries(institutionIds.map((i) => [i, [] as Seat[]]));
  for (const seat of seats) {
    const cell = cells[seat.service]?.[seat.membership.institutionId];
    cell?.push({
      representationId: seat.id,
      userId: seat.membership.user.id,
      name: seat.membership.user.name,
      email: seat.membership.user.email,
      active: !seat.membership.user.deactivatedAt,
    });
  }
  return {
    services: SERVICES_IN_GUIDE_ORDER,
    institutions: partners.map((p) => ({ ...p.institution, lead: p.role === "LEAD" })),
    cells,
    candidates,
  };
}

export async function getRepresentationTarget(representationId: string) {
  const seat = await db.taskForceRepresentation.findUnique({
    where: { id: representationId },
    select: { id: true, membership: { select: { programmeId: true } } },
  });
  return seat && { id: seat.id, programmeId: seat.membership.programmeId };
}
