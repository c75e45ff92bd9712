import { type INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import { ProblemDetails, PROBLEM_CONTENT_TYPE } from '@egcc/contracts';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import { z } from 'zod';
import { ENDPOINT, ENDPOINT_INPUTS, type EndpointInputs, type EndpointSpec } from '../common/endpoint';
import { IS_PUBLIC } from '../common/public.decorator';
import { APP_VERSION } from './version';

export interface RouteLayout {
  prefix: string;
  /** Routes served outside the prefix, as "api/health". */
  unprefixed: string[];
}

type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';
const METHOD_NAMES: Partial<Record<RequestMethod, HttpMethod>> = {
  [RequestMethod.GET]: 'get',
  [RequestMethod.POST]: 'post',
  [RequestMethod.PUT]: 'put',
  [RequestMethod.PATCH]: 'patch',
  [RequestMethod.DELETE]: 'delete',
};

const joinPath = (...parts: (string | undefined)[]) =>
  '/' +
  parts
    .flatMap((part) => (part ?? '').split('/'))
    .filter(Boolean)
    .join('/');

/** Every route the controllers declare, with its documentation and input schemas. */
export function describeRoutes(app: INestApplication, layout: RouteLayout) {
  const routes: {
    path: string;
    method: HttpMethod;
    spec: EndpointSpec | undefined;
    inputs: EndpointInputs;
    isPublic: boolean;
    handler: string;
    tag: string;
  }[] = [];
  for (const wrapper of app.get(DiscoveryService).getControllers()) {
    const controller = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
    if (!controller) continue;
    const controllerPath = Reflect.getMetadata(PATH_METADATA, controller) as string | undefined;
    const prototype = controller.prototype as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const handler = prototype[name];
      if (name === 'constructor' || typeof handler !== 'function') continue;
      const methodPath = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      const method = METHOD_NAMES[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
      if (methodPath === undefined || !method) continue;
      const local = joinPath(controllerPath, methodPath);
      const path = layout.unprefixed.includes(local.slice(1)) ? local : joinPath(layout.prefix, local);
      routes.push({
        path,
        method,
        spec: Reflect.getMetadata(ENDPOINT, handler) as EndpointSpec | undefined,
        inputs: (Reflect.getMetadata(ENDPOINT_INPUTS, prototype, name) as EndpointInputs | undefined) ?? {},
        isPublic:
          Reflect.getMetadata(IS_PUBLIC, handler) === true ||
          Reflect.getMetadata(IS_PUBLIC, controller) === true,
        handler: `${controller.name}.${name}`,
        tag: controller.name.replace(/Controller$/, '').toLowerCase(),
      });
    }
  }
  return routes;
}

const FILE_UPLOAD = z.object({ file: z.string().meta({ format: 'binary', description: 'The file' }) });

/** The OpenAPI 3.1 document, generated from the routes and the zod schemas of contracts. */
export function buildOpenApiDocument(app: INestApplication, layout: RouteLayout) {
  const problem = { [PROBLEM_CONTENT_TYPE]: { schema: ProblemDetails } };
  const paths: ZodOpenApiPathsObject = {};
  for (const route of describeRoutes(app, layout)) {
    const spec = route.spec;
    const status = String(spec?.status ?? (spec?.response ? 200 : 204));
    const operation: ZodOpenApiOperationObject = {
      operationId: route.handler.replace('Controller.', '_'),
      summary: spec?.summary,
      description: spec?.description,
      tags: [route.tag],
      security: route.isPublic ? [] : undefined,
      requestParams: {
        ...(route.inputs.params && { path: route.inputs.params as z.ZodObject }),
        ...(route.inputs.query && { query: route.inputs.query as z.ZodObject }),
      },
      ...(route.inputs.body && {
        requestBody: { required: true, content: { 'application/json': { schema: route.inputs.body } } },
      }),
      ...(spec?.fileUpload && {
        requestBody: {
          required: true,
          content: { 'multipart/form-data': { schema: FILE_UPLOAD } },
        },
      }),
      responses: {
        [status]: {
          description: 'Success',
          ...(spec?.response && {
            content: { [spec.contentType ?? 'application/json']: { schema: spec.response } },
          }),
        },
        default: { description: 'An error, as RFC 9457 problem details', content: problem },
      },
    };
    const openApiPath = route.path.replace(/:(\w+)/g, '{$1}');
    paths[openApiPath] = { ...paths[openApiPath], [route.method]: operation };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'EGCC Portal API',
      version: APP_VERSION,
      description:
        'The API of the member-only portal of the CBSS Expert Group for Cooperation on Children at Risk. ' +
        'Every route under /api/v1 requires a signed-in member. Errors are RFC 9457 problem details ' +
        `(${PROBLEM_CONTENT_TYPE}) with a stable \`code\`.`,
    },
    paths,
    components: { schemas: { ProblemDetails } },
  });
}

/** The browsable documentation at /api/docs and the document at /api/docs/openapi.json. */
export function serveOpenApi(app: INestApplication, document: ReturnType<typeof buildOpenApiDocument>): void {
  SwaggerModule.setup('api/docs', app, document as Parameters<typeof SwaggerModule.setup>[2], {
    jsonDocumentUrl: 'api/docs/openapi.json',
    yamlDocumentUrl: 'api/docs/openapi.yaml',
    customSiteTitle: 'EGCC Portal API',
    useGlobalPrefix: false,
  });
}
