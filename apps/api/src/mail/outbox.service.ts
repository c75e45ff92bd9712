import { Injectable } from '@nestjs/common';
import type { Db } from '../database/prisma.service';

export interface OutgoingMail {
  to: string;
  /** The member it is for, when it is for a member. */
  userId?: string | null;
  /** What caused it, e.g. "invitation" or "password-reset". */
  template: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: { filename: string; contentType: string; content: string }[];
}

/**
 * Puts an e-mail in the outbox. Call it with the transaction that makes the change the mail
 * tells about: the message exists exactly when the change does, and the outbox worker
 * delivers it whenever the mail server can take it.
 */
@Injectable()
export class OutboxService {
  async enqueue(db: Db, mail: OutgoingMail): Promise<string> {
    const message = await db.outboxMessage.create({
      data: {
        toAddress: mail.to,
        userId: mail.userId ?? null,
        template: mail.template,
        subject: mail.subject,
        textBody: mail.text,
        htmlBody: mail.html ?? null,
        attachments: mail.attachments ?? [],
      },
      select: { id: true },
    });
    return message.id;
  }
}
