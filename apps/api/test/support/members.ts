import type { Role } from '@egcc/contracts';
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../../src/auth/passwords';
import { uniqueHandle } from '../../src/members/handles';
import type { PrismaService } from '../../src/database/prisma.service';
import type { UserStatus } from '../../src/generated/prisma/enums';

/** One password for every member the tests make; its argon2id hash is computed once. */
export const TEST_PASSWORD = `test-${randomBytes(9).toString('base64url')}-password`;
let passwordHash: Promise<string> | undefined;

export interface MemberOverrides {
  email?: string;
  name?: string;
  roles?: Role[];
  /** Delegation code, e.g. "dk"; null for none (the secretariat). */
  delegation?: string | null;
  status?: UserStatus;
  password?: string | null;
}

let sequence = 0;

/** Makes a member (factory with overrides); a delegate of Denmark unless told otherwise. */
export async function createMember(prisma: PrismaService, overrides: MemberOverrides = {}) {
  sequence += 1;
  const roles = overrides.roles ?? ['DELEGATE'];
  const code =
    overrides.delegation === undefined
      ? roles.includes('ADMIN')
        ? null
        : roles.includes('OBSERVER')
          ? 'ec'
          : 'dk'
      : overrides.delegation;
  const delegation = code
    ? await prisma.delegation.findUniqueOrThrow({ where: { code }, include: { ministries: true } })
    : null;
  const hash =
    overrides.password === null
      ? null
      : overrides.password
        ? await hashPassword(overrides.password)
        : await (passwordHash ??= hashPassword(TEST_PASSWORD));
  const email = overrides.email ?? `member${sequence}.${randomBytes(3).toString('hex')}@test.example`;
  return prisma.user.create({
    data: {
      email,
      handle: await uniqueHandle(prisma, email),
      name: overrides.name ?? `Test Member ${sequence}`,
      roles,
      status: overrides.status ?? 'ACTIVE',
      delegationId: delegation?.id ?? null,
      ministryId: delegation?.ministries[0]?.id ?? null,
      passwordHash: hash,
    },
  });
}
