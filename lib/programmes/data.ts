import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { ProgrammeActor } from "@/lib/auth/permissions";

/**
 * The user's memberships in one programme, or null when the programme does not exist.
 * Memoised per request (React `cache`, keyed by primitives): the programme layout and its page
 * both need it. Outside a React request (tests, scripts) `cache` does not memoise.
 */
export function loadProgrammeActor(user: { id: string; isPlatformAdmin: boolean }, programmeId: string): Promise<ProgrammeActor | null> {
  return loadActor(user.id, user.isPlatformAdmin, programmeId);
}

const loadActor = cache(async function loadActor(
  userId: string,
  isPlatformAdmin: boolean,
  programmeId: string,
): Promise<ProgrammeActor | null> {
  const user = { id: userId, isPlatformAdmin };
  const programme = await db.programme.findUnique({
    where: { id: programmeId },
    select: {
      id: true,
      memberships: {
        where: { userId: user.id },
        select: { role: true, institutionId: true, representations: { select: { service: true } } },
      },
    },
  });
  if (!programme) return null;
  return {
    userId: user.id,
    isPlatformAdmin: user.isPlatformAdmin,
    memberships: programme.memberships.map((m) => ({
      role: m.role,
      institutionId: m.institutionId,
      services: m.representations.map((r) => r.service),
    })),
  };
});

/** "My programmes": only programmes the user belongs to, with their roles there. */
/** The target of an action on the programme as a whole (its set-up, a new issue in it): the programme, if it exists. */
export async function findProgrammeTarget(programmeId: string): Promise<{ programmeId: string } | null> {
  const programme = await db.programme.findUnique({ where: { id: programmeId }, select: { id: true } });
  return programme && { programmeId: programme.id };
}

export async function listMyProgrammes(userId: string) {
  const programmes = await db.programme.findMany({
    where: { memberships: { some: { userId } } },
    orderBy: [{ status: "asc" }, { title: "asc" }],
    select: {
      id: true,
      title: true,
      ects: true,
      eqfLevel: true,
      deliveryMode: true,
      status: true,
      plannedStart: true,
      leadInstitution: { select: { name: true, shortName: true } },
      memberships: { where: { userId }, select: { role: true, institution: { select: { shortName: true } } } },
      _count: { select: { partners: { where: { archivedAt: null } } } },
    },
  });
  return programmes.map((p) => ({
    id: p.id,
    title: p.title,
    ects: p.ects.toString(),
    eqfLevel: p.eqfLevel,
    deliveryMode: p.deliveryMode,
    status: p.status,
    plannedStart: p.plannedStart,
    lead: p.leadInstitution,
    roles: p.memberships.map((m) => ({ role: m.role, institution: m.institution.shortName })),
    partnerCount: p._count.partners,
  }));
}

/** What the programme shell (header and navigation) shows. */
export function getProgrammeHeader(programmeId: string) {
  return db.programme.findUnique({
    where: { id: programmeId },
    select: {
      id: true,
      title: true,
      ects: true,
      eqfLevel: true,
      deliveryMode: true,
      status: true,
      leadInstitution: { select: { id: true, name: true, shortName: true } },
    },
  });
}

/** People page: every member with role, institution and represented services. */
export async function listProgrammeMembers(programmeId: string) {
  const members = await db.membership.findMany({
    where: { programmeId },
    orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
    select: {
      id: true,
      role: true,
      version: true,
      institution: { select: { id: true, name: true, shortName: true, country: true } },
      user: { select: { id: true, name: true, email: true, deactivatedAt: true } },
      representations: { select: { service: true } },
    },
  });
  return members.map((m) => ({
    id: m.id,
    role: m.role,
    version: m.version,
    institution: m.institution,
    user: { id: m.user.id, name: m.user.name, email: m.user.email, active: !m.user.deactivatedAt },
    services: m.representations.map((r) => r.service),
  }));
}

/** Institutions to choose from (creating a programme, adding a partner), by name. */
/** An institution's name, for messages (null when there is no such institution). */
export async function institutionName(institutionId: string): Promise<string | null> {
  const institution = await db.institution.findUnique({ where: { id: institutionId }, select: { name: true } });
  return institution?.name ?? null;
}

export function listInstitutions() {
  return db.institution.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, shortName: true, country: true } });
}

/** What the team leader edits on Settings (the form shows it, the save compares against it). */
export const PROGRAMME_DETAILS_SELECT = {
  title: true,
  summary: true,
  ects: true,
  eqfLevel: true,
  deliveryMode: true,
  plannedStart: true,
  status: true,
  version: true,
} as const;

/** Settings page: the programme's setting values and every partner, archived ones included. */
export async function getProgrammeSetup(programmeId: string) {
  const programme = await db.programme.findUnique({
    where: { id: programmeId },
    select: {
      id: true,
      ...PROGRAMME_DETAILS_SELECT,
      staleAfterDays: true,
      partners: {
        orderBy: [{ role: "asc" }, { institution: { name: "asc" } }],
        select: {
          role: true,
          archivedAt: true,
          archivedBy: { select: { name: true } },
          institution: { select: { id: true, name: true, shortName: true, country: true } },
        },
      },
    },
  });
  if (!programme) return null;
  return {
    ...programme,
    details: {
      title: programme.title,
      summary: programme.summary,
      ects: programme.ects.toString(),
      eqfLevel: String(programme.eqfLevel),
      deliveryMode: programme.deliveryMode,
      plannedStart: programme.plannedStart?.toISOString().slice(0, 10) ?? "",
      status: programme.status,
    },
    partners: programme.partners.map((p) => ({
      ...p.institution,
      isLead: p.role === "LEAD",
      archivedAt: p.archivedAt,
      archivedBy: p.archivedBy?.name ?? null,
    })),
  };
}
