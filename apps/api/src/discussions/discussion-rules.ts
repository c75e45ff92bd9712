import type { FieldError } from '@egcc/contracts';
import { DomainException } from '../common/domain.exception';
import type { Db } from '../database/prisma.service';
import type { GapKindCode } from '../generated/prisma/enums';

export interface ResolvedTags {
  focusAreas: string[];
  gapKinds: GapKindCode[];
  delegationIds: string[];
}

/** Checks a thread's tags against the vocabularies; unknown ones are field errors. */
export async function resolveTags(
  db: Db,
  tags: { focusAreas?: string[]; gapKinds?: GapKindCode[]; delegations?: string[] },
): Promise<ResolvedTags> {
  const errors: FieldError[] = [];
  const focusAreas = [...new Set(tags.focusAreas ?? [])];
  const gapKinds = [...new Set(tags.gapKinds ?? [])];
  const codes = [...new Set(tags.delegations ?? [])];
  if (focusAreas.length) {
    const known = new Set(
      (
        await db.focusArea.findMany({
          where: { code: { in: focusAreas }, archivedAt: null },
          select: { code: true },
        })
      ).map((f) => f.code),
    );
    focusAreas.forEach((code, index) => {
      if (!known.has(code))
        errors.push({
          in: 'body',
          pointer: `/focusAreas/${index}`,
          detail: `no focus area "${code}"`,
          code: 'unknown_tag',
        });
    });
  }
  const delegations = codes.length
    ? await db.delegation.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } })
    : [];
  codes.forEach((code, index) => {
    if (!delegations.some((d) => d.code === code)) {
      errors.push({
        in: 'body',
        pointer: `/delegations/${index}`,
        detail: `no delegation "${code}"`,
        code: 'unknown_tag',
      });
    }
  });
  if (errors.length) throw DomainException.validation(errors);
  return { focusAreas, gapKinds, delegationIds: delegations.map((d) => d.id) };
}

/** Active members behind @handles, for mentions. */
export async function mentionedMembers(db: Db, handles: string[]): Promise<{ id: string; handle: string }[]> {
  if (handles.length === 0) return [];
  return db.user.findMany({
    where: { handle: { in: handles }, status: 'ACTIVE' },
    select: { id: true, handle: true },
  });
}
