import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** What was stored: the size and the SHA-256 (lowercase hex) of the bytes. */
export interface StoredFile {
  sizeBytes: number;
  sha256: string;
}

/**
 * Where attachments' bytes live, by key. The keys are random (never a member's file name);
 * a file is either wholly there under its key or not at all. The local-disk implementation
 * below serves one machine or a shared volume; an S3-compatible implementation (PutObject,
 * GetObject, DeleteObject on one bucket) can replace it, provided under the same token.
 */
export interface FileStorage {
  put(key: string, content: Readable): Promise<StoredFile>;
  /** The stored bytes; fails with code ENOENT when there is no such file. */
  open(key: string): Promise<Readable>;
  /** Removes the file; a key with no file is not an error. */
  remove(key: string): Promise<void>;
}

export const FILE_STORAGE = Symbol('FILE_STORAGE');

/** A fresh storage key: a random UUID, nothing of the member's own. */
export const newStorageKey = (): string => randomUUID();

const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Counts and hashes what passes through. */
export class Measure extends Transform {
  sizeBytes = 0;
  private readonly hash = createHash('sha256');

  override _transform(
    chunk: Buffer,
    _encoding: BufferEncoding,
    done: (error?: Error | null, data?: Buffer) => void,
  ) {
    this.sizeBytes += chunk.length;
    this.hash.update(chunk);
    done(null, chunk);
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

/**
 * Files under one directory, two levels deep by the key's first characters. A file is written
 * under a temporary name in the same directory and renamed into place when complete, so a
 * reader never sees half a file, and a crash leaves only temporary files behind.
 */
export class LocalDiskStorage implements FileStorage {
  constructor(private readonly root: string) {}

  private path(key: string): string {
    if (!KEY.test(key)) throw new Error(`Not a storage key: ${key}`);
    return join(this.root, key.slice(0, 2), key);
  }

  async put(key: string, content: Readable): Promise<StoredFile> {
    const target = this.path(key);
    const temporary = join(this.root, key.slice(0, 2), `.${key}.${randomUUID()}.part`);
    await mkdir(join(this.root, key.slice(0, 2)), { recursive: true });
    const measure = new Measure();
    try {
      await pipeline(content, measure, createWriteStream(temporary, { flags: 'wx', mode: 0o640 }));
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
    return { sizeBytes: measure.sizeBytes, sha256: measure.digest() };
  }

  async open(key: string): Promise<Readable> {
    const path = this.path(key);
    await stat(path); // ENOENT now, rather than as a stream error after the headers went out
    return createReadStream(path);
  }

  async remove(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }
}
