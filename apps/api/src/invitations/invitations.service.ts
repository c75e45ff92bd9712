import { Inject, Injectable } from '@nestjs/common';
import type {
  CreateInvitationRequest,
  InvitationListQuery,
  InvitationPage,
  InvitationPreview,
  InvitationStatus,
  InvitationSummary,
  SignInResponse,
} from '@egcc/contracts';
import { mayParticipate } from '@egcc/policy';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AuditService } from '../audit/audit.service';
import { AuthService } from '../auth/auth.service';
import type { AuthenticatedMember } from '../auth/auth.types';
import { hashPassword } from '../auth/passwords';
import { PasswordPolicy } from '../auth/password-policy';
import { decodeCursor, pageOf } from '../common/cursor';
import { DomainException } from '../common/domain.exception';
import { randomToken, sha256 } from '../common/secrets';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { type Db, PrismaService } from '../database/prisma.service';
import type { Prisma } from '../generated/prisma/client';
import { OutboxService } from '../mail/outbox.service';
import { OutboxWorker } from '../mail/outbox-worker';
import { invitationMail } from '../mail/templates';
import { uniqueHandle } from '../members/handles';
import { assertValidPlacement } from '../members/member-rules';

const INVITATION_TTL_MS = 7 * 24 * 60 * 60_000;

const invitationSelect = {
  id: true,
  userId: true,
  email: true,
  roles: true,
  createdAt: true,
  lastSentAt: true,
  sendCount: true,
  expiresAt: true,
  acceptedAt: true,
  revokedAt: true,
  user: { select: { name: true } },
  delegation: { select: { id: true, code: true, name: true, membershipStatus: true } },
  ministry: { select: { id: true, name: true } },
  invitedBy: { select: { id: true, name: true } },
} satisfies Prisma.InvitationSelect;
type InvitationRow = Prisma.InvitationGetPayload<{ select: typeof invitationSelect }>;

function statusOf(
  row: Pick<InvitationRow, 'acceptedAt' | 'revokedAt' | 'expiresAt'>,
  now = new Date(),
): InvitationStatus {
  if (row.acceptedAt) return 'ACCEPTED';
  if (row.revokedAt) return 'REVOKED';
  return row.expiresAt <= now ? 'EXPIRED' : 'PENDING';
}

function toSummary(row: InvitationRow): InvitationSummary {
  return {
    id: row.id,
    memberId: row.userId,
    email: row.email,
    name: row.user.name,
    roles: row.roles,
    delegation: row.delegation,
    ministry: row.ministry,
    status: statusOf(row),
    invitedBy: row.invitedBy,
    createdAt: row.createdAt.toISOString(),
    lastSentAt: row.lastSentAt.toISOString(),
    sendCount: row.sendCount,
    expiresAt: row.expiresAt.toISOString(),
  };
}

const InvitationCursor = z.object({ createdAt: z.iso.datetime(), id: z.uuid() });

@Injectable()
export class InvitationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly prisma: PrismaService,
    private readonly outbox: OutboxService,
    private readonly mailWorker: OutboxWorker,
    private readonly audit: AuditService,
    private readonly passwords: PasswordPolicy,
    private readonly auth: AuthService,
  ) {}

  async create(actor: AuthenticatedMember, input: CreateInvitationRequest): Promise<InvitationSummary> {
    const placement = {
      roles: input.roles,
      delegationId: input.delegationId ?? null,
      ministryId: input.ministryId ?? null,
    };
    const id = await this.prisma.$transaction(async (tx) => {
      const existing = await tx.user.findUnique({ where: { email: input.email }, select: { status: true } });
      if (existing) {
        throw DomainException.conflict(
          existing.status === 'INVITED'
            ? 'This person has been invited already: resend or revoke their invitation instead.'
            : 'A member with this e-mail address exists already.',
        );
      }
      await assertValidPlacement(tx, placement, { requireActiveDelegation: true });
      const user = await tx.user.create({
        data: {
          email: input.email,
          handle: await uniqueHandle(tx, input.email),
          name: input.name,
          title: input.title ?? null,
          roles: input.roles,
          status: 'INVITED',
          delegationId: placement.delegationId,
          ministryId: placement.ministryId,
        },
        select: { id: true },
      });
      const token = randomToken();
      const invitation = await tx.invitation.create({
        data: {
          userId: user.id,
          email: input.email,
          roles: input.roles,
          delegationId: placement.delegationId,
          ministryId: placement.ministryId,
          tokenHash: sha256(token),
          invitedById: actor.id,
          expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
        },
        select: invitationSelect,
      });
      await this.sendMail(tx, invitation, token, actor.name);
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'member.invited',
        targetType: 'member',
        targetId: user.id,
        details: { email: input.email, roles: input.roles, delegation: invitation.delegation?.code ?? null },
      });
      return invitation.id;
    });
    this.mailWorker.wake();
    return this.get(id);
  }

  private async sendMail(db: Db, invitation: InvitationRow, token: string, invitedBy: string | null) {
    const mail = invitationMail({
      name: invitation.user.name,
      invitedBy,
      delegation: invitation.delegation?.name ?? null,
      link: `${this.publicUrl()}/accept-invitation#token=${token}`,
      expiresAt: invitation.expiresAt,
    });
    await this.outbox.enqueue(db, {
      to: invitation.email,
      userId: invitation.userId,
      template: 'invitation',
      ...mail,
    });
  }

  async get(id: string): Promise<InvitationSummary> {
    const row = await this.prisma.invitation.findUnique({ where: { id }, select: invitationSelect });
    if (!row) throw DomainException.notFound();
    return toSummary(row);
  }

  async list(query: InvitationListQuery): Promise<InvitationPage> {
    const now = new Date();
    const byStatus: Record<InvitationStatus, Prisma.InvitationWhereInput> = {
      ACCEPTED: { acceptedAt: { not: null } },
      REVOKED: { acceptedAt: null, revokedAt: { not: null } },
      EXPIRED: { acceptedAt: null, revokedAt: null, expiresAt: { lte: now } },
      PENDING: { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    };
    const cursor = decodeCursor(query.cursor, InvitationCursor);
    const after: Prisma.InvitationWhereInput = cursor
      ? {
          OR: [
            { createdAt: { lt: new Date(cursor.createdAt) } },
            { createdAt: new Date(cursor.createdAt), id: { lt: cursor.id } },
          ],
        }
      : {};
    const rows = await this.prisma.invitation.findMany({
      where: { AND: [query.status ? byStatus[query.status] : {}, after] },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: query.limit + 1,
      select: invitationSelect,
    });
    return pageOf(rows, query.limit, toSummary, (row) => ({
      createdAt: row.createdAt.toISOString(),
      id: row.id,
    }));
  }

  /** A new link (the old one stops working), valid for another seven days. */
  async resend(actor: AuthenticatedMember, id: string): Promise<InvitationSummary> {
    await this.prisma.$transaction(async (tx) => {
      const current = await tx.invitation.findUnique({ where: { id }, select: invitationSelect });
      if (!current) throw DomainException.notFound();
      if (current.acceptedAt) throw DomainException.conflict('This invitation has been accepted already.');
      const token = randomToken();
      const updated = await tx.invitation.update({
        where: { id },
        data: {
          tokenHash: sha256(token),
          expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
          lastSentAt: new Date(),
          sendCount: { increment: 1 },
          revokedAt: null,
        },
        select: invitationSelect,
      });
      await this.sendMail(tx, updated, token, actor.name);
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'member.invitation_resent',
        targetType: 'member',
        targetId: current.userId,
        details: { email: current.email, wasRevoked: current.revokedAt !== null },
      });
    });
    this.mailWorker.wake();
    return this.get(id);
  }

  async revoke(actor: AuthenticatedMember, id: string): Promise<InvitationSummary> {
    await this.prisma.$transaction(async (tx) => {
      const current = await tx.invitation.findUnique({ where: { id }, select: invitationSelect });
      if (!current) throw DomainException.notFound();
      if (current.acceptedAt)
        throw DomainException.conflict(
          'This invitation has been accepted already: deactivate the member instead.',
        );
      if (current.revokedAt) throw DomainException.conflict('This invitation has been revoked already.');
      await tx.invitation.update({ where: { id }, data: { revokedAt: new Date() } });
      await this.audit.record(tx, {
        actorId: actor.id,
        action: 'member.invitation_revoked',
        targetType: 'member',
        targetId: current.userId,
        details: { email: current.email },
      });
    });
    return this.get(id);
  }

  private async usable(token: string) {
    const row = await this.prisma.invitation.findUnique({
      where: { tokenHash: sha256(token) },
      select: {
        ...invitationSelect,
        user: { select: { id: true, name: true, email: true, status: true } },
        delegation: { select: { id: true, code: true, name: true, membershipStatus: true } },
      },
    });
    if (!row)
      throw DomainException.notFound('This invitation link is not valid. Ask the secretariat for a new one.');
    const status = statusOf(row);
    if (status === 'ACCEPTED')
      throw DomainException.notFound('This invitation has been accepted already: sign in instead.');
    if (status === 'REVOKED')
      throw DomainException.notFound(
        'This invitation has been withdrawn. Ask the secretariat if you think it should not have been.',
      );
    if (status === 'EXPIRED')
      throw DomainException.notFound(
        'This invitation link has expired. Ask the secretariat to send a new one.',
      );
    return row;
  }

  async inspect(token: string): Promise<InvitationPreview> {
    const row = await this.usable(token);
    return {
      email: row.email,
      name: row.user.name,
      roles: row.roles,
      delegation: row.delegation ? { code: row.delegation.code, name: row.delegation.name } : null,
      expiresAt: row.expiresAt.toISOString(),
    };
  }

  /** Sets the password, activates the member, uses the link up, and signs them in. */
  async accept(
    token: string,
    password: string,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<SignInResponse> {
    const row = await this.usable(token);
    if (!mayParticipate({ status: 'ACTIVE', delegationStatus: row.delegation?.membershipStatus ?? null })) {
      throw DomainException.forbidden(
        "Your delegation's participation in the group is suspended or has ended.",
      );
    }
    await this.passwords.assertStrong(password, { name: row.user.name, email: row.email });
    const passwordHash = await hashPassword(password);
    await this.prisma.$transaction(async (tx) => {
      const { count } = await tx.invitation.updateMany({
        where: { id: row.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
        data: { acceptedAt: new Date() },
      });
      if (count !== 1)
        throw DomainException.notFound('This invitation has been used already: sign in instead.');
      await tx.user.update({
        where: { id: row.userId },
        data: { passwordHash, passwordChangedAt: new Date(), status: 'ACTIVE' },
      });
      await this.audit.record(tx, {
        actorId: row.userId,
        action: 'member.invitation_accepted',
        targetType: 'member',
        targetId: row.userId,
        details: { email: row.email },
      });
    });
    return this.auth.signInAfterInvitation(row.userId, request, reply);
  }

  private publicUrl(): string {
    return (this.config.PUBLIC_URL ?? `http://localhost:${this.config.PORT}`).replace(/\/$/, '');
  }
}
