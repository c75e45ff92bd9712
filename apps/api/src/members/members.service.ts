import { Injectable } from '@nestjs/common';
import type { MemberDetail, MemberListQuery, MemberPage, UpdateMemberRequest } from '@egcc/contracts';
import { member as memberSubject } from '@egcc/policy';
import { z } from 'zod';
import { AuditService, changes } from '../audit/audit.service';
import type { AuthenticatedMember } from '../auth/auth.types';
import { SessionService } from '../auth/session.service';
import { decodeCursor, pageOf } from '../common/cursor';
import { DomainException } from '../common/domain.exception';
import { PrismaService } from '../database/prisma.service';
import type { Prisma } from '../generated/prisma/client';
import { assertValidPlacement } from './member-rules';
import { memberSelect, toMemberDetail } from './member.views';

const MemberCursor = z.object({ name: z.string(), id: z.uuid() });

const dateOrNull = (value: string | null | undefined) =>
  value === undefined ? undefined : value === null ? null : new Date(`${value}T00:00:00Z`);

/** The secretariat's view and management of members. */
@Injectable()
export class MembersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
  ) {}

  async list(query: MemberListQuery): Promise<MemberPage> {
    const cursor = decodeCursor(query.cursor, MemberCursor);
    const where: Prisma.UserWhereInput = {
      AND: [
        query.q
          ? {
              OR: [
                { name: { contains: query.q, mode: 'insensitive' } },
                { email: { contains: query.q.toLowerCase() } },
                { title: { contains: query.q, mode: 'insensitive' } },
              ],
            }
          : {},
        query.delegation ? { delegation: { code: query.delegation } } : {},
        query.role ? { roles: { has: query.role } } : {},
        query.status ? { status: query.status } : {},
        cursor ? { OR: [{ name: { gt: cursor.name } }, { name: cursor.name, id: { gt: cursor.id } }] } : {},
      ],
    };
    const rows = await this.prisma.user.findMany({
      where,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      take: query.limit + 1,
      select: memberSelect,
    });
    return pageOf(rows, query.limit, toMemberDetail, (row) => ({ name: row.name, id: row.id }));
  }

  async get(id: string): Promise<MemberDetail> {
    const row = await this.prisma.user.findUnique({ where: { id }, select: memberSelect });
    if (!row) throw DomainException.notFound();
    return toMemberDetail(row);
  }

  async update(actor: AuthenticatedMember, id: string, input: UpdateMemberRequest): Promise<MemberDetail> {
    await this.prisma.$transaction(async (tx) => {
      const current = await tx.user.findUnique({
        where: { id },
        select: {
          name: true,
          title: true,
          roles: true,
          delegationId: true,
          ministryId: true,
          appointedOn: true,
          termEndsOn: true,
        },
      });
      if (!current) throw DomainException.notFound();
      const rolesChange =
        input.roles !== undefined && [...input.roles].sort().join() !== [...current.roles].sort().join();
      if (
        rolesChange &&
        !actor.ability.can('changeRoles', memberSubject({ id, delegationId: current.delegationId }))
      ) {
        throw DomainException.forbidden('You cannot change your own roles; another admin can.');
      }
      const next = {
        name: input.name,
        title: input.title,
        roles: input.roles,
        delegationId: input.delegationId,
        ministryId: input.ministryId,
        appointedOn: dateOrNull(input.appointedOn),
        termEndsOn: dateOrNull(input.termEndsOn),
      };
      const delegationChange =
        input.delegationId !== undefined && input.delegationId !== current.delegationId;
      await assertValidPlacement(
        tx,
        {
          roles: next.roles ?? current.roles,
          delegationId: next.delegationId === undefined ? current.delegationId : next.delegationId,
          // Moving to another delegation leaves the old ministry behind unless a new one is given.
          ministryId:
            next.ministryId !== undefined ? next.ministryId : delegationChange ? null : current.ministryId,
        },
        { requireActiveDelegation: delegationChange },
      );
      if (delegationChange && next.ministryId === undefined) next.ministryId = null;
      const diff = changes(current, next);
      if (Object.keys(diff).length === 0) return;
      await tx.user.update({ where: { id }, data: next });
      await this.audit.record(tx, {
        actorId: actor.id,
        action: rolesChange ? 'member.roles_changed' : 'member.updated',
        targetType: 'member',
        targetId: id,
        details: diff,
      });
    });
    return this.get(id);
  }

  /** Deactivating ends every session of the member at once. */
  async deactivate(actor: AuthenticatedMember, id: string): Promise<MemberDetail> {
    await this.prisma.$transaction(async (tx) => {
      const current = await tx.user.findUnique({
        where: { id },
        select: { status: true, delegationId: true },
      });
      if (!current) throw DomainException.notFound();
      if (!actor.ability.can('deactivate', memberSubject({ id, delegationId: current.delegationId }))) {
        throw DomainException.forbidden('You cannot deactivate yourself; another admin can.');
      }
      if (current.status === 'DEACTIVATED')
        throw DomainException.conflict('This member is deactivated already.');
      await tx.user.update({ where: { id }, data: { status: 'DEACTIVATED', deactivatedAt: new Date() } });
      const ended = await this.sessions.revokeAllForUser(tx, id, 'member_deactivated');
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'member.deactivated',
        targetType: 'member',
        targetId: id,
        details: { previousStatus: current.status, sessionsEnded: ended },
      });
    });
    return this.get(id);
  }

  async reactivate(actor: AuthenticatedMember, id: string): Promise<MemberDetail> {
    await this.prisma.$transaction(async (tx) => {
      const current = await tx.user.findUnique({
        where: { id },
        select: { status: true, passwordHash: true },
      });
      if (!current) throw DomainException.notFound();
      if (current.status !== 'DEACTIVATED') throw DomainException.conflict('This member is not deactivated.');
      // A person who never accepted their invitation goes back to being invited.
      const status = current.passwordHash ? 'ACTIVE' : 'INVITED';
      await tx.user.update({ where: { id }, data: { status, deactivatedAt: null } });
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'member.reactivated',
        targetType: 'member',
        targetId: id,
        details: { status },
      });
    });
    return this.get(id);
  }
}
