import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES, type AttachmentContentType } from '@egcc/contracts';
import type { FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { DomainException } from '../common/domain.exception';
import { detectType, displayFileName, withoutUnsafeCharacters } from './file-content';
import { Measure } from './file-storage';

/** An upload checked and waiting in a temporary file, to be stored or thrown away. */
export interface StagedUpload {
  path: string;
  fileName: string;
  contentType: AttachmentContentType;
  sizeBytes: number;
  sha256: string;
  discard(): Promise<void>;
}

const FIELD = 'file';
const ALLOWED_NAMES = Object.values(ATTACHMENT_TYPES).join(', ');
const MAX_MB = ATTACHMENT_MAX_BYTES / (1024 * 1024);

export const tooLarge = () => new DomainException('PAYLOAD_TOO_LARGE', `A file may be at most ${MAX_MB} MB.`);

const badRequest = (detail: string) =>
  DomainException.validation([{ in: 'body', pointer: `/${FIELD}`, detail, code: 'invalid_file' }], detail);

/** A member's file name, safe to quote in a message. */
const shown = (name: string) => withoutUnsafeCharacters(name).slice(0, 100);

/** Multipart errors of @fastify/multipart and busboy, as problem details. */
function uploadError(error: unknown): DomainException {
  if (error instanceof DomainException) return error;
  const code = (error as { code?: unknown }).code;
  if (
    code === 'FST_REQ_FILE_TOO_LARGE' ||
    code === 'FST_PARTS_LIMIT' ||
    code === 'FST_FILES_LIMIT' ||
    code === 'FST_FIELDS_LIMIT'
  )
    return code === 'FST_REQ_FILE_TOO_LARGE' ? tooLarge() : badRequest('Send one file per request.');
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE')
    return new DomainException(
      'UNSUPPORTED_MEDIA_TYPE',
      'Send the file as multipart/form-data, in the field "file".',
    );
  return new DomainException('MALFORMED_REQUEST', 'The upload could not be read.');
}

/**
 * Reads the one file of a multipart request into a temporary file (never past the size limit),
 * then checks it by its content: too large is a 413, a type not allowed a 415, and in either
 * case nothing is kept.
 */
export async function receiveUpload(request: FastifyRequest): Promise<StagedUpload> {
  if (!request.isMultipart()) {
    throw new DomainException(
      'UNSUPPORTED_MEDIA_TYPE',
      'Send the file as multipart/form-data, in the field "file".',
    );
  }
  let part: Awaited<ReturnType<FastifyRequest['file']>>;
  try {
    part = await request.file({ limits: { fileSize: ATTACHMENT_MAX_BYTES, files: 1 } });
  } catch (error) {
    throw uploadError(error);
  }
  if (!part) throw badRequest('Choose a file to upload.');
  const path = join(tmpdir(), `egcc-upload-${randomUUID()}`);
  const discard = () => rm(path, { force: true });
  try {
    if (part.fieldname !== FIELD) {
      part.file.resume();
      throw badRequest('Send the file in the field "file".');
    }
    const measure = new Measure();
    await pipeline(part.file, measure, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
    if (part.file.truncated) throw tooLarge();
    if (measure.sizeBytes === 0) throw badRequest('The file is empty.');
    const detected = await detectType(path);
    if (!detected.allowed) {
      throw new DomainException(
        'UNSUPPORTED_MEDIA_TYPE',
        `The portal takes ${ALLOWED_NAMES} files, up to ${MAX_MB} MB; by its content “${shown(part.filename)}” is ${
          detected.contentType ? `of type ${detected.contentType}` : 'none of them'
        }.`,
      );
    }
    return {
      path,
      fileName: displayFileName(part.filename, detected.contentType),
      contentType: detected.contentType,
      sizeBytes: measure.sizeBytes,
      sha256: measure.digest(),
      discard,
    };
  } catch (error) {
    await discard();
    throw uploadError(error);
  }
}
