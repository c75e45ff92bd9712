import type { PrismaClient } from '../../generated/prisma/client';
import { hashPassword } from '../../auth/passwords';
import {
  DELEGATIONS,
  FOCUS_AREAS,
  GAP_KINDS,
  MEASURE_KINDS,
  REPORTING_PERIODS,
  UNCRC_ARTICLES,
} from './reference-data';
import { DEMO_MEMBERS } from './demo-data';
import { uniqueHandle } from '../../members/handles';
import { seedDemoDiscussions } from './seed-discussions';
import { seedDemoMeetings } from './seed-meetings';
import { seedDemoReports } from './seed-reports';

/**
 * Makes sure the reference data exists. Inserts what is missing and never overwrites:
 * names and descriptions the secretariat has edited stay as they are. Safe on every start.
 */
export async function seedReferenceData(prisma: PrismaClient): Promise<void> {
  // A handful of statements, whatever the size of the data: this runs at every start.
  await prisma.$transaction(
    async (tx) => {
      await tx.focusArea.createMany({
        data: FOCUS_AREAS.map((area, position) => ({ ...area, position })),
        skipDuplicates: true,
      });
      await tx.measureKind.createMany({
        data: MEASURE_KINDS.map((kind, position) => ({ ...kind, position })),
        skipDuplicates: true,
      });
      await tx.gapKind.createMany({
        data: GAP_KINDS.map((kind, position) => ({ ...kind, position })),
        skipDuplicates: true,
      });
      await tx.uncrcArticle.createMany({ data: UNCRC_ARTICLES, skipDuplicates: true });
      await tx.reportingPeriod.createMany({
        data: REPORTING_PERIODS.map((period) => ({
          code: period.code,
          label: period.label,
          startsOn: new Date(`${period.startsOn}T00:00:00Z`),
          endsOn: new Date(`${period.endsOn}T00:00:00Z`),
          dueOn: new Date(`${period.dueOn}T00:00:00Z`),
        })),
        skipDuplicates: true,
      });
      await tx.delegation.createMany({
        data: DELEGATIONS.map((seed) => {
          const current = seed.statusChanges?.at(-1);
          return {
            code: seed.code,
            name: seed.name,
            nativeName: seed.nativeName ?? null,
            kind: seed.kind,
            membershipStatus: current?.status ?? 'ACTIVE',
            statusSince: current ? new Date(current.effectiveOn) : null,
          };
        }),
        skipDuplicates: true,
      });
      const ids = new Map(
        (
          await tx.delegation.findMany({
            where: { code: { in: DELEGATIONS.map((d) => d.code) } },
            select: { id: true, code: true },
          })
        ).map((d) => [d.code, d.id]),
      );
      const idOf = (code: string) => {
        const id = ids.get(code);
        if (!id) throw new Error(`Delegation ${code} was not seeded`);
        return id;
      };
      await tx.delegationStatusChange.createMany({
        data: DELEGATIONS.flatMap((seed) =>
          (seed.statusChanges ?? []).map((change) => ({
            delegationId: idOf(seed.code),
            status: change.status,
            effectiveOn: new Date(change.effectiveOn),
            note: change.note,
          })),
        ),
        skipDuplicates: true,
      });
      await tx.ministry.createMany({
        data: DELEGATIONS.flatMap((seed) =>
          seed.ministries.map((ministry) => ({
            delegationId: idOf(seed.code),
            name: ministry.name,
            nativeName: ministry.nativeName ?? null,
            abbreviation: ministry.abbreviation ?? null,
          })),
        ),
        skipDuplicates: true,
      });
    },
    { maxWait: 30_000, timeout: 60_000 },
  );
}

/** True when the database has no members yet (a fresh install). */
export async function hasNoMembers(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.user.count()) === 0;
}

/**
 * Demo members in every role across several delegations, all with one password, a few
 * discussion threads among them, national reports (published for two half-years, one
 * submitted, one draft) and meetings (two held, one to come). Members, threads, reports and
 * meetings that already exist are left alone.
 * Returns the sign-in addresses.
 */
export async function seedDemoData(prisma: PrismaClient, password: string): Promise<string[]> {
  const passwordHash = await hashPassword(password);
  const delegations = new Map(
    (await prisma.delegation.findMany({ include: { ministries: true } })).map((d) => [d.code, d]),
  );
  for (const member of DEMO_MEMBERS) {
    const delegation = member.delegation ? delegations.get(member.delegation) : undefined;
    if (member.delegation && !delegation)
      throw new Error(`Demo member ${member.email}: no delegation ${member.delegation}`);
    const ministry = delegation?.ministries[0];
    await prisma.user.upsert({
      where: { email: member.email },
      create: {
        email: member.email,
        handle: await uniqueHandle(prisma, member.email),
        name: member.name,
        title: member.title,
        roles: member.roles,
        status: 'ACTIVE',
        delegationId: delegation?.id ?? null,
        ministryId: ministry?.id ?? null,
        appointedOn: new Date('2024-07-01'),
        passwordHash,
        passwordChangedAt: new Date(),
        timeZone: member.timeZone,
      },
      update: {},
    });
  }
  await seedDemoDiscussions(prisma);
  await seedDemoReports(prisma);
  await seedDemoMeetings(prisma);
  return DEMO_MEMBERS.map((member) => member.email);
}
