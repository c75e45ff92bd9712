import { Injectable } from '@nestjs/common';
import type {
  ChangeDelegationStatusRequest,
  CreateDelegationRequest,
  CreateMinistryRequest,
  DelegationDetail,
  DelegationSummary,
  Ministry,
  UpdateDelegationRequest,
  UpdateMinistryRequest,
} from '@egcc/contracts';
import { AuditService, changes } from '../audit/audit.service';
import type { AuthenticatedMember } from '../auth/auth.types';
import { SessionService } from '../auth/session.service';
import { DomainException } from '../common/domain.exception';
import { PrismaService } from '../database/prisma.service';
import type { Prisma } from '../generated/prisma/client';
import { isoDate } from '../members/member.views';

const ministrySelect = {
  id: true,
  delegationId: true,
  name: true,
  nativeName: true,
  abbreviation: true,
  website: true,
  archivedAt: true,
} satisfies Prisma.MinistrySelect;
type MinistryRow = Prisma.MinistryGetPayload<{ select: typeof ministrySelect }>;

const toMinistry = ({ archivedAt, ...row }: MinistryRow): Ministry => ({
  ...row,
  archived: archivedAt !== null,
});

const delegationSelect = {
  id: true,
  code: true,
  name: true,
  nativeName: true,
  kind: true,
  membershipStatus: true,
  statusSince: true,
  ministries: { select: ministrySelect, orderBy: { name: 'asc' } },
  _count: { select: { members: { where: { status: 'ACTIVE' } } } },
} satisfies Prisma.DelegationSelect;
type DelegationRow = Prisma.DelegationGetPayload<{ select: typeof delegationSelect }>;

function toSummary(row: DelegationRow): DelegationSummary {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    nativeName: row.nativeName,
    kind: row.kind,
    membershipStatus: row.membershipStatus,
    statusSince: isoDate(row.statusSince),
    memberCount: row._count.members,
    ministries: row.ministries.map(toMinistry),
  };
}

/** Delegations, their ministries and members: read by every member, kept by the secretariat. */
@Injectable()
export class DirectoryService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
  ) {}

  async list(): Promise<DelegationSummary[]> {
    const rows = await this.prisma.delegation.findMany({
      select: delegationSelect,
      orderBy: [{ kind: 'asc' }, { name: 'asc' }],
    });
    return rows.map(toSummary);
  }

  async get(code: string): Promise<DelegationDetail> {
    const row = await this.prisma.delegation.findUnique({
      where: { code },
      select: {
        ...delegationSelect,
        statusChanges: {
          select: { id: true, status: true, effectiveOn: true, note: true },
          orderBy: { effectiveOn: 'asc' },
        },
        members: {
          where: { status: 'ACTIVE' },
          orderBy: { name: 'asc' },
          select: {
            id: true,
            name: true,
            title: true,
            email: true,
            roles: true,
            ministry: { select: { id: true, name: true } },
          },
        },
      },
    });
    if (!row) throw DomainException.notFound();
    return {
      ...toSummary(row),
      statusHistory: row.statusChanges.map((change) => ({
        ...change,
        effectiveOn: isoDate(change.effectiveOn) as string,
      })),
      members: row.members,
    };
  }

  private async idOf(
    code: string,
  ): Promise<{ id: string; membershipStatus: DelegationDetail['membershipStatus'] }> {
    const row = await this.prisma.delegation.findUnique({
      where: { code },
      select: { id: true, membershipStatus: true },
    });
    if (!row) throw DomainException.notFound();
    return row;
  }

  async create(actor: AuthenticatedMember, input: CreateDelegationRequest): Promise<DelegationDetail> {
    await this.prisma.$transaction(async (tx) => {
      if (await tx.delegation.findUnique({ where: { code: input.code }, select: { id: true } })) {
        throw DomainException.conflict(`There is a delegation with the code "${input.code}" already.`);
      }
      const created = await tx.delegation.create({
        data: { code: input.code, name: input.name, nativeName: input.nativeName ?? null, kind: input.kind },
        select: { id: true },
      });
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'delegation.created',
        targetType: 'delegation',
        targetId: created.id,
        details: { code: input.code, name: input.name, kind: input.kind },
      });
    });
    return this.get(input.code);
  }

  async update(
    actor: AuthenticatedMember,
    code: string,
    input: UpdateDelegationRequest,
  ): Promise<DelegationDetail> {
    await this.prisma.$transaction(async (tx) => {
      const current = await tx.delegation.findUnique({
        where: { code },
        select: { id: true, name: true, nativeName: true, kind: true },
      });
      if (!current) throw DomainException.notFound();
      const diff = changes(current, input);
      if (Object.keys(diff).length === 0) return;
      await tx.delegation.update({ where: { id: current.id }, data: input });
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'delegation.updated',
        targetType: 'delegation',
        targetId: current.id,
        details: diff,
      });
    });
    return this.get(code);
  }

  /**
   * Records a status change that has taken effect. When a delegation stops taking part, its
   * members' sessions end at once; what they wrote stays readable and attributed.
   */
  async changeStatus(
    actor: AuthenticatedMember,
    code: string,
    input: ChangeDelegationStatusRequest,
  ): Promise<DelegationDetail> {
    const today = new Date().toISOString().slice(0, 10);
    if (input.effectiveOn > today) {
      throw DomainException.validation([
        {
          in: 'body',
          pointer: '/effectiveOn',
          detail: 'cannot be in the future: record a change once it has taken effect',
          code: 'too_big',
        },
      ]);
    }
    const delegation = await this.idOf(code);
    if (delegation.membershipStatus === input.status) {
      throw DomainException.conflict(`The delegation's status is ${input.status} already.`);
    }
    await this.prisma.$transaction(async (tx) => {
      const effectiveOn = new Date(`${input.effectiveOn}T00:00:00Z`);
      await tx.delegationStatusChange.create({
        data: {
          delegationId: delegation.id,
          status: input.status,
          effectiveOn,
          note: input.note ?? null,
          recordedById: actor.id,
        },
      });
      await tx.delegation.update({
        where: { id: delegation.id },
        data: { membershipStatus: input.status, statusSince: effectiveOn },
      });
      let sessionsEnded = 0;
      if (input.status !== 'ACTIVE') {
        const members = await tx.user.findMany({
          where: { delegationId: delegation.id },
          select: { id: true },
        });
        for (const member of members) {
          sessionsEnded += await this.sessions.revokeAllForUser(tx, member.id, 'delegation_not_active');
        }
      }
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'delegation.status_changed',
        targetType: 'delegation',
        targetId: delegation.id,
        details: {
          from: delegation.membershipStatus,
          to: input.status,
          effectiveOn: input.effectiveOn,
          note: input.note ?? null,
          sessionsEnded,
        },
      });
    });
    return this.get(code);
  }

  async createMinistry(
    actor: AuthenticatedMember,
    code: string,
    input: CreateMinistryRequest,
  ): Promise<Ministry> {
    const delegation = await this.idOf(code);
    return this.prisma.$transaction(async (tx) => {
      if (
        await tx.ministry.findFirst({
          where: { delegationId: delegation.id, name: input.name },
          select: { id: true },
        })
      ) {
        throw DomainException.conflict('This delegation has a ministry of that name already.');
      }
      const ministry = await tx.ministry.create({
        data: {
          delegationId: delegation.id,
          name: input.name,
          nativeName: input.nativeName ?? null,
          abbreviation: input.abbreviation ?? null,
          website: input.website ?? null,
        },
        select: ministrySelect,
      });
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'ministry.created',
        targetType: 'ministry',
        targetId: ministry.id,
        details: { delegation: code, name: input.name },
      });
      return toMinistry(ministry);
    });
  }

  async updateMinistry(
    actor: AuthenticatedMember,
    id: string,
    input: UpdateMinistryRequest,
  ): Promise<Ministry> {
    return this.prisma.$transaction(async (tx) => {
      const current = await tx.ministry.findUnique({ where: { id }, select: ministrySelect });
      if (!current) throw DomainException.notFound();
      const { archived, ...fields } = input;
      const data = {
        ...fields,
        ...(archived === undefined
          ? {}
          : { archivedAt: archived ? (current.archivedAt ?? new Date()) : null }),
      };
      const diff = changes({ ...current, archived: current.archivedAt !== null }, { ...fields, archived });
      if (Object.keys(diff).length > 0) {
        await tx.ministry.update({ where: { id }, data });
        await this.audit.record(tx, {
          actorId: actor.id,
          action: 'ministry.updated',
          targetType: 'ministry',
          targetId: id,
          details: diff,
        });
      }
      return toMinistry(await tx.ministry.findUniqueOrThrow({ where: { id }, select: ministrySelect }));
    });
  }
}
