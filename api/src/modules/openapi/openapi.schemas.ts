import {
  ApplicantLogin,
  ApplicantProfile,
  ApplicantRegistration,
  ApprovalDecision,
  Country,
  CrossingDeclarationDraft,
  DeclarationSummary,
  DeclarationView,
  Gate,
  OfficerLogin,
  OfficerProfile,
  Problem,
  RejectionDecision,
  ResultRevocation,
  ResultVerification,
  SubmissionRequest,
  TravelPurpose,
} from '@smartgate/shared-models';
import { z } from 'zod';

import { DraftUpdateRequest } from '../declarations/declarations.schemas';

/** Schemas of request bodies, documented as clients send them (zod input side). */
export const REQUEST_SCHEMAS = {
  ApplicantRegistration,
  ApplicantLogin,
  OfficerLogin,
  CrossingDeclarationDraft,
  DraftUpdateRequest,
  SubmissionRequest,
  ApprovalDecision,
  RejectionDecision,
  ResultRevocation,
} satisfies Record<string, z.ZodType>;

/** Schemas of response bodies, documented as the API sends them (zod output side). */
export const RESPONSE_SCHEMAS = {
  ApplicantProfile,
  OfficerProfile,
  DeclarationView,
  DeclarationSummaryPage: z.object({
    items: z.array(DeclarationSummary),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  }),
  GateList: z.array(Gate),
  TravelPurposeList: z.array(TravelPurpose),
  CountryList: z.array(Country),
  ResultVerification,
  Problem,
  Health: z.object({ status: z.literal('ok') }),
  CsrfToken: z.object({ token: z.string() }),
} satisfies Record<string, z.ZodType>;

export type RequestSchemaName = keyof typeof REQUEST_SCHEMAS;
export type ResponseSchemaName = keyof typeof RESPONSE_SCHEMAS;

type JsonSchema = Record<string, unknown>;

function componentSchemas(
  schemas: Record<string, z.ZodType>,
  io: 'input' | 'output',
): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) {
    registry.add(schema, { id });
  }

  const generated = z.toJSONSchema(registry, {
    io,
    target: 'draft-2020-12',
    // Refinements and transforms have no JSON Schema form, so only their input type is documented.
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });

  return Object.fromEntries(
    Object.entries(generated.schemas).map(([id, schema]) => {
      const { $schema: _dialect, $id: _id, ...rest } = schema as JsonSchema;
      return [id, rest];
    }),
  );
}

/** Generates every component schema of the OpenAPI document from the shared zod schemas. */
export function openApiComponentSchemas(): Record<string, JsonSchema> {
  return { ...componentSchemas(REQUEST_SCHEMAS, 'input'), ...componentSchemas(RESPONSE_SCHEMAS, 'output') };
}

/** Turns an object schema of query parameters into OpenAPI parameter objects. */
export function queryParameters(schema: z.ZodObject): JsonSchema[] {
  const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, JsonSchema>;
  };
  return Object.entries(generated.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: false,
    schema: property,
  }));
}
