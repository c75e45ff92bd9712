import { PipeTransform } from '@nestjs/common';
import { type FieldError, type FieldLocation, toJsonPointer } from '@egcc/contracts';
import type { z } from 'zod';
import { DomainException } from './domain.exception';

export function fieldErrors(issues: readonly z.core.$ZodIssue[], location: FieldLocation): FieldError[] {
  return issues.map((issue) => ({
    in: location,
    pointer: toJsonPointer(issue.path),
    detail: issue.message,
    code: issue.code,
  }));
}

/**
 * Parses a body, query or path parameters with its zod schema from libs/contracts. A value
 * that does not parse is answered 400 with every field error, and the handler never runs.
 */
export class ZodValidationPipe<T extends z.ZodType> implements PipeTransform<unknown, z.output<T>> {
  constructor(
    readonly schema: T,
    readonly location: FieldLocation,
  ) {}

  transform(value: unknown): z.output<T> {
    const result = this.schema.safeParse(value ?? (this.location === 'body' ? undefined : {}));
    if (!result.success) throw DomainException.validation(fieldErrors(result.error.issues, this.location));
    return result.data;
  }
}
