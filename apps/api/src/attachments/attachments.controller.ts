import { Controller, Delete, Get, Post, Req, Res } from '@nestjs/common';
import { AttachmentView, Id } from '@egcc/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AuthenticatedMember } from '../auth/auth.types';
import { CurrentMember, Policy } from '../auth/policy.decorator';
import { Endpoint, ValidParams } from '../common/endpoint';
import { AttachmentsService } from './attachments.service';
import { attachmentDisposition } from './file-content';

const ParentParams = z.object({ id: Id });
const AttachmentParams = z.object({ id: Id, attachmentId: Id });
type ParentParams = z.infer<typeof ParentParams>;
type AttachmentParams = z.infer<typeof AttachmentParams>;

const UPLOAD =
  'Multipart form data with one file in the field "file": PDF, DOCX, ODT, XLSX, PPTX, PNG or JPEG ' +
  '(by content, whatever the name says), up to 20 MB. 413 when larger, 415 for another type.';

@Controller()
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Post('reports/:id/attachments')
  @Policy('update', 'Report')
  @Endpoint({
    summary: 'Attach a file to a draft of one’s delegation',
    description: UPLOAD,
    fileUpload: true,
    response: AttachmentView,
    status: 201,
  })
  addToReport(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(ParentParams) params: ParentParams,
    @Req() request: FastifyRequest,
  ) {
    return this.attachments.addToReport(member, params.id, request);
  }

  @Delete('reports/:id/attachments/:attachmentId')
  @Policy('update', 'Report')
  @Endpoint({ summary: 'Take a file off a draft (kept for the record)', status: 204 })
  removeFromReport(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(AttachmentParams) params: AttachmentParams,
  ) {
    return this.attachments.removeFromReport(member, params.id, params.attachmentId);
  }

  @Post('posts/:id/attachments')
  @Policy('update', 'Post')
  @Endpoint({
    summary: 'Attach a file to one’s post',
    description: UPLOAD,
    fileUpload: true,
    response: AttachmentView,
    status: 201,
  })
  addToPost(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(ParentParams) params: ParentParams,
    @Req() request: FastifyRequest,
  ) {
    return this.attachments.addToPost(member, params.id, request);
  }

  @Delete('posts/:id/attachments/:attachmentId')
  @Policy('update', 'Post')
  @Endpoint({ summary: 'Take a file off one’s post (kept for the record)', status: 204 })
  removeFromPost(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(AttachmentParams) params: AttachmentParams,
  ) {
    return this.attachments.removeFromPost(member, params.id, params.attachmentId);
  }

  @Get('attachments/:id/download')
  @Policy('read', 'Attachment')
  @Endpoint({
    summary: 'Download a file, for members who may see what it is attached to',
    response: z.string(),
    contentType: 'application/octet-stream',
  })
  async download(
    @CurrentMember() member: AuthenticatedMember,
    @ValidParams(ParentParams) params: ParentParams,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.attachments.download(member, params.id);
    await reply
      .header('content-type', file.contentType)
      .header('content-length', String(file.sizeBytes))
      .header('content-disposition', attachmentDisposition(file.fileName))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(file.content);
  }
}
