import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AttachmentView } from '@egcc/contracts';
import { post as postSubject } from '@egcc/policy';
import type { FastifyRequest } from 'fastify';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedMember } from '../auth/auth.types';
import { DomainException } from '../common/domain.exception';
import { type Db, PrismaService } from '../database/prisma.service';
import { LiveEventsService } from '../live/live-events.service';
import { canSee, ReportAccess } from '../reports/report-access';
import { attachmentSelect, attachmentView } from './attachment-view';
import { FILE_STORAGE, type FileStorage, newStorageKey } from './file-storage';
import { receiveUpload, type StagedUpload } from './upload-receiver';

/** What an attachment hangs on: a report or a post (meetings come later). */
type Parent = { reportId: string } | { postId: string };

export interface Download {
  fileName: string;
  contentType: string;
  sizeBytes: number;
  content: Readable;
}

interface PostState {
  id: string;
  number: number;
  threadId: string;
  authorId: string | null;
  deletedAt: Date | null;
  hiddenAt: Date | null;
  thread: { lockedAt: Date | null };
}

/**
 * Files on national reports and on posts: one way to take them in (checked by content,
 * stored under a random key), to list them, to remove them (kept for the record, no longer
 * shown) and to hand them out to those who may see what they are attached to.
 */
@Injectable()
export class AttachmentsService {
  private readonly logger = new Logger(AttachmentsService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
    private readonly live: LiveEventsService,
    private readonly reports: ReportAccess,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  // --- reports ---------------------------------------------------------------------------

  async addToReport(member: AuthenticatedMember, reportId: string, request: FastifyRequest) {
    // Checked before the file is read, and again when it is recorded.
    await this.reports.allowed(member, reportId, 'update');
    return this.add(member, { reportId }, await receiveUpload(request), async (tx) => {
      await this.reports.allowed(member, reportId, 'update', tx);
    });
  }

  async removeFromReport(member: AuthenticatedMember, reportId: string, attachmentId: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      await this.reports.allowed(member, reportId, 'update', tx);
      await this.remove(tx, member, attachmentId, { reportId });
    });
  }

  // --- posts -----------------------------------------------------------------------------

  async addToPost(member: AuthenticatedMember, postId: string, request: FastifyRequest) {
    this.mayAttachTo(member, await this.postState(this.prisma, postId));
    return this.add(member, { postId }, await receiveUpload(request), async (tx) => {
      const post = await this.postState(tx, postId);
      this.mayAttachTo(member, post);
      await this.live.postUpdated(tx, post);
    });
  }

  async removeFromPost(member: AuthenticatedMember, postId: string, attachmentId: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const post = await this.postState(tx, postId);
      if (!member.ability.can('update', postSubject({ authorId: post.authorId }))) {
        throw DomainException.forbidden('Only the author changes the files of a post.');
      }
      if (post.deletedAt || post.hiddenAt) {
        throw DomainException.conflict('A removed or hidden post cannot be changed.');
      }
      await this.remove(tx, member, attachmentId, { postId });
      await this.live.postUpdated(tx, post);
    });
  }

  private async postState(db: Db, postId: string): Promise<PostState> {
    const post = await db.post.findUnique({
      where: { id: postId },
      select: {
        id: true,
        number: true,
        threadId: true,
        authorId: true,
        deletedAt: true,
        hiddenAt: true,
        thread: { select: { lockedAt: true } },
      },
    });
    if (!post) throw DomainException.notFound();
    return post;
  }

  private mayAttachTo(member: AuthenticatedMember, post: PostState): void {
    if (!member.ability.can('update', postSubject({ authorId: post.authorId }))) {
      throw DomainException.forbidden('Only the author attaches files to a post.');
    }
    if (post.deletedAt || post.hiddenAt) {
      throw DomainException.conflict('A removed or hidden post takes no files.');
    }
    if (post.thread.lockedAt)
      throw DomainException.conflict('This thread is locked: its posts take no more files.');
  }

  // --- shared ----------------------------------------------------------------------------

  /**
   * Stores the staged file under a fresh key, then records it (with the audit event) in one
   * transaction that first checks again that the member may; if that fails, the stored file
   * goes again.
   */
  private async add(
    member: AuthenticatedMember,
    parent: Parent,
    staged: StagedUpload,
    stillAllowed: (tx: Db) => Promise<void>,
  ): Promise<AttachmentView> {
    const storageKey = newStorageKey();
    try {
      await this.storage.put(storageKey, createReadStream(staged.path));
      return await this.prisma.$transaction(async (tx) => {
        await stillAllowed(tx);
        const row = await tx.attachment.create({
          data: {
            fileName: staged.fileName,
            contentType: staged.contentType,
            sizeBytes: staged.sizeBytes,
            sha256: staged.sha256,
            storageKey,
            uploadedById: member.id,
            ...parent,
          },
          select: attachmentSelect,
        });
        await this.audit.record(tx, {
          actorId: member.id,
          action: 'attachment.added',
          targetType: 'attachment',
          targetId: row.id,
          details: {
            ...parent,
            fileName: staged.fileName,
            contentType: staged.contentType,
            sizeBytes: staged.sizeBytes,
            sha256: staged.sha256,
          },
        });
        return attachmentView(row);
      });
    } catch (error) {
      await this.storage.remove(storageKey).catch((cleanup: unknown) => {
        this.logger.warn(`Could not remove the unrecorded file ${storageKey}: ${String(cleanup)}`);
      });
      throw error;
    } finally {
      await staged.discard();
    }
  }

  /** Takes a file off its report or post: no longer listed or served, kept for the record. */
  private async remove(db: Db, member: AuthenticatedMember, attachmentId: string, parent: Parent) {
    const found = await db.attachment.findFirst({
      where: { id: attachmentId, deletedAt: null, ...parent },
      select: { id: true, fileName: true },
    });
    if (!found) throw DomainException.notFound();
    await db.attachment.update({ where: { id: found.id }, data: { deletedAt: new Date() } });
    await this.audit.record(db, {
      actorId: member.id,
      action: 'attachment.removed',
      targetType: 'attachment',
      targetId: found.id,
      details: { ...parent, fileName: found.fileName },
    });
  }

  /**
   * The file, for a member who may see what it is attached to; a 404 otherwise, as for a file
   * that does not exist. A hidden or removed post's files stay with the moderators and the
   * author.
   */
  async download(member: AuthenticatedMember, attachmentId: string): Promise<Download> {
    const row = await this.prisma.attachment.findUnique({
      where: { id: attachmentId },
      select: {
        fileName: true,
        contentType: true,
        sizeBytes: true,
        storageKey: true,
        deletedAt: true,
        report: { select: { delegationId: true, status: true } },
        post: { select: { authorId: true, deletedAt: true, hiddenAt: true } },
      },
    });
    if (!row || row.deletedAt || !this.maySee(member, row)) throw DomainException.notFound();
    let content: Readable;
    try {
      content = await this.storage.open(row.storageKey);
    } catch (error) {
      this.logger.error(`The file of attachment ${attachmentId} is missing: ${String(error)}`);
      throw DomainException.notFound('The file is missing from the storage.');
    }
    return { fileName: row.fileName, contentType: row.contentType, sizeBytes: row.sizeBytes, content };
  }

  private maySee(
    member: AuthenticatedMember,
    row: {
      report: Parameters<typeof canSee>[1] | null;
      post: { authorId: string | null; deletedAt: Date | null; hiddenAt: Date | null } | null;
    },
  ): boolean {
    if (row.report) return canSee(member, row.report);
    if (row.post) {
      if (!row.post.deletedAt && !row.post.hiddenAt) return member.ability.can('read', 'Post');
      return (
        member.ability.can('moderate', 'Post') ||
        (row.post.authorId !== null && row.post.authorId === member.id)
      );
    }
    return false; // Meetings' files: not yet.
  }
}
