import { applyDecorators, Body, HttpCode, Param, Query, SetMetadata } from '@nestjs/common';
import type { z } from 'zod';
import { ZodValidationPipe } from './zod-validation.pipe';

export const ENDPOINT = 'egcc:endpoint';
export const ENDPOINT_INPUTS = 'egcc:endpointInputs';

export interface EndpointSpec {
  /** One line for the API documentation. */
  summary: string;
  description?: string;
  /** The success body's schema; omit for 204. */
  response?: z.ZodType;
  /** The success status; 200 unless given. */
  status?: number;
  /** Content type of the success body when it is not JSON (e.g. text/calendar). */
  contentType?: string;
  /** The body is a multipart upload of one file in the field "file" (read by the handler). */
  fileUpload?: boolean;
}

export interface EndpointInputs {
  body?: z.ZodType;
  query?: z.ZodType;
  params?: z.ZodType;
}

/** Documents a route and, outside production, checks what it returns against `response`. */
export function Endpoint(spec: EndpointSpec): MethodDecorator {
  return applyDecorators(SetMetadata(ENDPOINT, spec), ...(spec.status ? [HttpCode(spec.status)] : []));
}

function recordInput(kind: keyof EndpointInputs, schema: z.ZodType): ParameterDecorator {
  return (target, propertyKey) => {
    if (propertyKey === undefined) return;
    const inputs: EndpointInputs = Reflect.getMetadata(ENDPOINT_INPUTS, target, propertyKey) ?? {};
    Reflect.defineMetadata(ENDPOINT_INPUTS, { ...inputs, [kind]: schema }, target, propertyKey);
  };
}

function both(first: ParameterDecorator, second: ParameterDecorator): ParameterDecorator {
  return (target, propertyKey, index) => {
    first(target, propertyKey, index);
    second(target, propertyKey, index);
  };
}

/** The JSON body, parsed with `schema` (400 with field errors when it does not parse). */
export const ValidBody = (schema: z.ZodType) =>
  both(recordInput('body', schema), Body(new ZodValidationPipe(schema, 'body')));

/** The query string, parsed with `schema`. */
export const ValidQuery = (schema: z.ZodType) =>
  both(recordInput('query', schema), Query(new ZodValidationPipe(schema, 'query')));

/** The path parameters, parsed with `schema`. */
export const ValidParams = (schema: z.ZodType) =>
  both(recordInput('params', schema), Param(new ZodValidationPipe(schema, 'path')));
