import { NotFoundException } from '@nestjs/common';
import { DomainException } from './domain.exception';
import { isDatabaseUnavailable, toProblem } from './problem-details';

describe('toProblem', () => {
  it('keeps a domain exception’s code, status, detail and field errors', () => {
    const errors = [{ in: 'body' as const, pointer: '/title', detail: 'Required', code: 'invalid_type' }];
    const { problem, unexpected } = toProblem(DomainException.validation(errors), 'req-1', '/api/v1/threads');
    expect(unexpected).toBe(false);
    expect(problem).toEqual({
      type: 'urn:egcc:problem:validation-failed',
      title: 'The request is not valid',
      status: 400,
      detail: 'Some values are missing or not valid.',
      instance: '/api/v1/threads',
      code: 'VALIDATION_FAILED',
      requestId: 'req-1',
      errors,
    });
  });

  it('turns an unknown error into a 500 that reveals nothing but the request id', () => {
    const { problem, unexpected } = toProblem(new Error('password=hunter2'), 'req-2');
    expect(unexpected).toBe(true);
    expect(problem.status).toBe(500);
    expect(JSON.stringify(problem)).not.toContain('hunter2');
    expect(problem.detail).toContain('req-2');
  });

  it('maps Nest and Fastify 4xx to their codes', () => {
    expect(toProblem(new NotFoundException(), 'r', '/api/x?y=1').problem).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
      detail: 'No such address: /api/x',
    });
    const tooLarge = Object.assign(new Error('Request body is too large'), { statusCode: 413 });
    expect(toProblem(tooLarge, 'r').problem).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
  });

  it('maps Prisma unique violations to 409 and missing records to 404', () => {
    const unique = Object.assign(new Error('Unique constraint failed'), {
      name: 'PrismaClientKnownRequestError',
      code: 'P2002',
    });
    const missing = Object.assign(new Error('Record not found'), {
      name: 'PrismaClientKnownRequestError',
      code: 'P2025',
    });
    expect(toProblem(unique, 'r').problem.code).toBe('CONFLICT');
    expect(toProblem(missing, 'r').problem.code).toBe('NOT_FOUND');
  });

  it('answers 503 with Retry-After when the database cannot be reached', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const mapped = toProblem(refused, 'r');
    expect(mapped.problem).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    expect(mapped.retryAfterSeconds).toBe(5);
  });
});

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', { code: 'ECONNREFUSED' }],
    ['a Postgres connection failure', { code: '08006' }],
    ['a server shutting down', { code: '57P01' }],
    ['Prisma unable to reach the server', { name: 'PrismaClientKnownRequestError', code: 'P1001' }],
    [
      'the driver adapter losing its connection',
      { meta: { driverAdapterError: { cause: { kind: 'ConnectionClosed' } } } },
    ],
    ['a wrapped cause', { message: 'query failed', cause: { code: 'ECONNRESET' } }],
  ])('recognises %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', { code: '23505' }],
    ['a syntax error', { code: '42601' }],
    ['a plain error', new Error('boom')],
    ['nothing', undefined],
  ])('does not mistake %s for an outage', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
