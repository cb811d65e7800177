import { PROBLEM_CONTENT_TYPE } from '../../lib/problem-handler';
import { OPERATIONS, type OperationSpec } from './openapi.operations';
import { openApiComponentSchemas, queryParameters } from './openapi.schemas';

type JsonObject = Record<string, unknown>;

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request: every invalid field is listed in `errors`',
  401: 'Not signed in, or wrong credentials',
  403: 'Wrong kind of session, or missing or invalid X-XSRF-TOKEN header',
  404: 'Not found, or not yours',
  409: 'Stale version, wrong status, e-mail already registered, or a limit reached',
  413: 'The body, or the uploaded file named in `errors`, is over its size limit',
  415: 'The body is not UTF-8 JSON, or its Content-Encoding is not gzip, deflate or br',
  422: 'The draft is incomplete: every missing or invalid field is listed in `errors`',
  423: 'The officer account is locked after too many failed sign-ins',
  429: 'Too many requests',
  503: 'The database does not answer',
};

/** The security schemes of each way of authenticating, by `OperationSpec.session`; any one of them suffices. */
const SECURITY_SCHEMES = {
  applicant: ['applicantSession'],
  officer: ['officerSession'],
  camera: ['cameraBearer', 'cameraApiKey'],
} as const;

const reference = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function successResponse(success: OperationSpec['success']): JsonObject {
  if (success.contentType?.startsWith('text/')) {
    return {
      description: success.description,
      content: { [success.contentType]: { schema: { type: 'string' } } },
    };
  }
  if (success.contentType) {
    return {
      description: success.description,
      content: { [success.contentType]: { schema: { type: 'string', format: 'binary' } } },
    };
  }
  if (!success.schema) {
    return { description: success.description };
  }
  return {
    description: success.description,
    content: { 'application/json': { schema: reference(success.schema) } },
  };
}

/** A multipart/form-data body with one required file field. */
function multipartBody(field: string): JsonObject {
  const schema = {
    type: 'object',
    required: [field],
    properties: { [field]: { type: 'string', format: 'binary' } },
  };
  return { required: true, content: { 'multipart/form-data': { schema } } };
}

function toOperation(spec: OperationSpec): JsonObject {
  const responses: JsonObject = { [spec.success.status]: successResponse(spec.success) };
  // Every body is parsed by the same JSON or multipart parser, so every operation with one can get 415.
  const hasBody = spec.body !== undefined || spec.multipartFile !== undefined;
  const errors = hasBody ? [...(spec.errors ?? []), 415].sort((a, b) => a - b) : (spec.errors ?? []);
  for (const status of errors) {
    responses[status] = {
      description: ERROR_DESCRIPTIONS[status],
      content: { [PROBLEM_CONTENT_TYPE]: { schema: reference('Problem') } },
    };
  }

  const parameters = [
    ...(spec.pathId
      ? [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }]
      : []),
    ...(spec.path.includes('{position}')
      ? [
          {
            name: 'position',
            in: 'path',
            required: true,
            schema: { type: 'integer', minimum: 0, maximum: 9 },
          },
        ]
      : []),
    ...(spec.path.includes('{token}')
      ? [{ name: 'token', in: 'path', required: true, schema: { type: 'string' } }]
      : []),
    ...(spec.path.includes('{handle}')
      ? [
          {
            name: 'handle',
            in: 'path',
            required: true,
            schema: { type: 'string', pattern: '^[0-9a-f]{64}$' },
          },
        ]
      : []),
    ...(spec.path.includes('{code}')
      ? [{ name: 'code', in: 'path', required: true, schema: { type: 'string' } }]
      : []),
    ...[...spec.path.matchAll(/\{(\w+Id)\}/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string', format: 'uuid' },
    })),
    ...(spec.query ? queryParameters(spec.query) : []),
  ];
  const security = spec.session
    ? SECURITY_SCHEMES[spec.session].map((scheme) => ({ [scheme]: [] }))
    : undefined;

  return {
    tags: [spec.tag],
    summary: spec.summary,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(spec.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: reference(spec.body) } } } }
      : {}),
    ...(spec.multipartFile ? { requestBody: multipartBody(spec.multipartFile) } : {}),
    ...(security ? { security } : {}),
    responses,
  };
}

/** Builds the OpenAPI 3.1 document of the API from the operation table and the shared zod schemas. */
export function buildOpenApiDocument(serverUrl: string): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const spec of OPERATIONS) {
    paths[spec.path] = { ...paths[spec.path], [spec.method]: toOperation(spec) };
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'SmartGate API',
      version: '0.1.0',
      description:
        'Crossing declarations for the Lệ Thanh border gate. State-changing requests need the X-XSRF-TOKEN ' +
        'header equal to the XSRF-TOKEN cookie (GET /api/csrf-token sets it). Errors are RFC 9457 problem+json ' +
        'in the language of Accept-Language (vi by default, or en).',
    },
    servers: [{ url: serverUrl }],
    tags: [
      { name: 'public', description: 'No session needed' },
      { name: 'applicant', description: 'Travellers, with the sg_applicant_sid session cookie' },
      { name: 'officer', description: 'Officers, with the sg_officer_sid session cookie' },
      {
        name: 'camera',
        description: 'Licence-plate cameras, with the API key an administrator issued to each',
      },
    ],
    paths,
    components: {
      schemas: openApiComponentSchemas(),
      securitySchemes: {
        applicantSession: { type: 'apiKey', in: 'cookie', name: 'sg_applicant_sid' },
        officerSession: { type: 'apiKey', in: 'cookie', name: 'sg_officer_sid' },
        cameraBearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'The API key that an administrator issued to the camera, and can revoke',
        },
        cameraApiKey: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Api-Key',
          description: 'The same camera API key, for camera systems that cannot send a bearer token',
        },
      },
    },
  };
}
