import type { CurrentMember, MemberDetail, MemberSummary } from '@egcc/contracts';
import type { Prisma } from '../generated/prisma/client';

/** The columns every member view reads, in one place. */
export const memberSelect = {
  id: true,
  name: true,
  title: true,
  email: true,
  roles: true,
  status: true,
  appointedOn: true,
  termEndsOn: true,
  lastSignInAt: true,
  deactivatedAt: true,
  createdAt: true,
  totpEnabledAt: true,
  timeZone: true,
  delegation: { select: { id: true, code: true, name: true, membershipStatus: true } },
  ministry: { select: { id: true, name: true } },
} satisfies Prisma.UserSelect;

export type MemberRow = Prisma.UserGetPayload<{ select: typeof memberSelect }>;

export const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
export const isoDateTime = (date: Date | null) => (date ? date.toISOString() : null);

export function toMemberSummary(row: MemberRow): MemberSummary {
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    email: row.email,
    roles: row.roles,
    status: row.status,
    delegation: row.delegation,
    ministry: row.ministry,
  };
}

export function toMemberDetail(row: MemberRow): MemberDetail {
  return {
    ...toMemberSummary(row),
    appointedOn: isoDate(row.appointedOn),
    termEndsOn: isoDate(row.termEndsOn),
    lastSignInAt: isoDateTime(row.lastSignInAt),
    deactivatedAt: isoDateTime(row.deactivatedAt),
    createdAt: row.createdAt.toISOString(),
    twoFactorEnabled: row.totpEnabledAt !== null,
  };
}

export function toCurrentMember(
  row: MemberRow,
  twoFactor: { required: boolean; recoveryCodesLeft: number },
): CurrentMember {
  return {
    ...toMemberDetail(row),
    timeZone: row.timeZone,
    twoFactor: { enabled: row.totpEnabledAt !== null, ...twoFactor },
  };
}
