import { Injectable } from '@nestjs/common';
import type { CreateTagSubscriptionRequest, PersonRef, TagSubscription } from '@egcc/contracts';
import { DomainException } from '../common/domain.exception';
import { PrismaService } from '../database/prisma.service';
import type { GapKindCode } from '../generated/prisma/enums';

/** Following tags, and finding members to mention. */
@Injectable()
export class FollowingService {
  constructor(private readonly prisma: PrismaService) {}

  async tagSubscriptions(userId: string): Promise<TagSubscription[]> {
    const rows = await this.prisma.tagSubscription.findMany({
      where: { userId },
      orderBy: { createdAt: 'asc' },
      select: { id: true, focusAreaCode: true, gapKind: true, delegation: { select: { code: true } } },
    });
    return rows.map((row) => ({
      id: row.id,
      focusArea: row.focusAreaCode,
      gapKind: row.gapKind,
      delegation: row.delegation?.code ?? null,
    }));
  }

  async followTag(userId: string, input: CreateTagSubscriptionRequest): Promise<TagSubscription[]> {
    let delegationId: string | null = null;
    if (input.delegation) {
      const delegation = await this.prisma.delegation.findUnique({
        where: { code: input.delegation },
        select: { id: true },
      });
      if (!delegation)
        throw DomainException.validation([
          { in: 'body', pointer: '/delegation', detail: 'no such delegation', code: 'unknown_tag' },
        ]);
      delegationId = delegation.id;
    }
    if (
      input.focusArea &&
      !(await this.prisma.focusArea.findUnique({ where: { code: input.focusArea }, select: { code: true } }))
    ) {
      throw DomainException.validation([
        { in: 'body', pointer: '/focusArea', detail: 'no such focus area', code: 'unknown_tag' },
      ]);
    }
    const tag = {
      focusAreaCode: input.focusArea ?? null,
      gapKind: (input.gapKind ?? null) as GapKindCode | null,
      delegationId,
    };
    // NULLs are distinct in the unique index: look first.
    const existing = await this.prisma.tagSubscription.findFirst({
      where: { userId, ...tag },
      select: { id: true },
    });
    if (!existing) await this.prisma.tagSubscription.create({ data: { userId, ...tag } });
    return this.tagSubscriptions(userId);
  }

  async unfollowTag(userId: string, id: string): Promise<void> {
    const { count } = await this.prisma.tagSubscription.deleteMany({ where: { id, userId } });
    if (count === 0) throw DomainException.notFound();
  }

  /** Active members whose name or handle starts with what was typed after "@". */
  async mentionCandidates(q: string): Promise<PersonRef[]> {
    const needle = q.replace(/^@/, '');
    const rows = await this.prisma.user.findMany({
      where: {
        status: 'ACTIVE',
        OR: [
          { handle: { startsWith: needle.toLowerCase() } },
          { name: { startsWith: needle, mode: 'insensitive' } },
          { name: { contains: ` ${needle}`, mode: 'insensitive' } },
        ],
      },
      orderBy: { name: 'asc' },
      take: 10,
      select: { id: true, name: true, handle: true, delegation: { select: { code: true, name: true } } },
    });
    return rows;
  }
}
