import type { PrismaService } from '../../src/database/prisma.service';

/** The newest message in the outbox for an address (the demo has no mail server either). */
export async function lastMailTo(prisma: PrismaService, to: string) {
  return prisma.outboxMessage.findFirstOrThrow({ where: { toAddress: to }, orderBy: { createdAt: 'desc' } });
}

/** The one-time token of the link in the newest mail to an address. */
export async function linkTokenFor(prisma: PrismaService, to: string): Promise<string> {
  const mail = await lastMailTo(prisma, to);
  const token = /#token=([A-Za-z0-9_-]+)/.exec(mail.textBody)?.[1];
  if (!token) throw new Error(`No link in the mail to ${to}: ${mail.textBody}`);
  return token;
}
