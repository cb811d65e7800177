import {
  ApplicantLogin,
  ApplicantProfile,
  ApplicantRegistration,
  ApprovalDecision,
  AssignmentRequest,
  AssignmentView,
  ChangeRequestDecision,
  Country,
  CrossingDeclarationDraft,
  DeclarationStatusAnswer,
  DeclarationStatusLookup,
  DeclarationSummary,
  DeclarationView,
  DocumentTypeRules,
  DocumentTypeRulesUpdate,
  Gate,
  OfficerLogin,
  OfficerProfile,
  Problem,
  RejectionDecision,
  ResultRevocation,
  QueuePage,
  QueueSummaryList,
  ReleaseRequest,
  ResultVerification,
  ReviewQueueQuery,
  SubmissionRequest,
  TravelPurpose,
} from '@smartgate/shared-models';
import { z } from 'zod';

import { DraftUpdateRequest } from '../declarations/declarations.schemas';

import {
  OFFICER_ACCOUNT_REQUEST_SCHEMAS,
  OFFICER_ACCOUNT_RESPONSE_SCHEMAS,
} from './openapi.officer-accounts';
import { AUDIT_TRAIL_RESPONSE_SCHEMAS } from './openapi.audit-trail';
import {
  REASON_TEMPLATE_REQUEST_SCHEMAS,
  REASON_TEMPLATE_RESPONSE_SCHEMAS,
} from './openapi.reason-templates';
import { BUSINESS_REQUEST_SCHEMAS, BUSINESS_RESPONSE_SCHEMAS } from './openapi.businesses';
import {
  CARGO_DECLARATION_REQUEST_SCHEMAS,
  CARGO_DECLARATION_RESPONSE_SCHEMAS,
} from './openapi.cargo-declarations';
import { CARGO_FILE_REQUEST_SCHEMAS, CARGO_FILE_RESPONSE_SCHEMAS } from './openapi.cargo-files';
import { GATE_DESK_REQUEST_SCHEMAS, GATE_DESK_RESPONSE_SCHEMAS } from './openapi.gate-desk';
import { HS_CODE_ADMIN_REQUEST_SCHEMAS, HS_CODE_ADMIN_RESPONSE_SCHEMAS } from './openapi.hs-codes-admin';
import { SCREENING_REQUEST_SCHEMAS, SCREENING_RESPONSE_SCHEMAS } from './openapi.screening';
import { TRAVELLER_PHOTO_RESPONSE_SCHEMAS } from './openapi.traveller-photos';
import {
  TRAVELLER_PROFILE_REQUEST_SCHEMAS,
  TRAVELLER_PROFILE_RESPONSE_SCHEMAS,
} from './openapi.traveller-profiles';

/** Schemas of request bodies, documented as clients send them (zod input side). */
export const REQUEST_SCHEMAS = {
  ...OFFICER_ACCOUNT_REQUEST_SCHEMAS,
  ...REASON_TEMPLATE_REQUEST_SCHEMAS,
  ...SCREENING_REQUEST_SCHEMAS,
  ApplicantRegistration,
  ApplicantLogin,
  OfficerLogin,
  CrossingDeclarationDraft,
  DraftUpdateRequest,
  SubmissionRequest,
  ApprovalDecision,
  RejectionDecision,
  ChangeRequestDecision,
  ResultRevocation,
  ReviewQueueQuery,
  AssignmentRequest,
  ReleaseRequest,
  ...TRAVELLER_PROFILE_REQUEST_SCHEMAS,
  ...BUSINESS_REQUEST_SCHEMAS,
  ...CARGO_DECLARATION_REQUEST_SCHEMAS,
  ...CARGO_FILE_REQUEST_SCHEMAS,
  ...HS_CODE_ADMIN_REQUEST_SCHEMAS,
  ...GATE_DESK_REQUEST_SCHEMAS,
  DeclarationStatusLookup,
  DocumentTypeRulesUpdate,
} satisfies Record<string, z.ZodType>;

/** Schemas of response bodies, documented as the API sends them (zod output side). */
export const RESPONSE_SCHEMAS = {
  ...OFFICER_ACCOUNT_RESPONSE_SCHEMAS,
  ...REASON_TEMPLATE_RESPONSE_SCHEMAS,
  ...AUDIT_TRAIL_RESPONSE_SCHEMAS,
  ...SCREENING_RESPONSE_SCHEMAS,
  ...TRAVELLER_PHOTO_RESPONSE_SCHEMAS,
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
  DocumentTypeRules,
  DocumentTypeRulesList: z.array(DocumentTypeRules),
  ...TRAVELLER_PROFILE_RESPONSE_SCHEMAS,
  ...BUSINESS_RESPONSE_SCHEMAS,
  ...CARGO_DECLARATION_RESPONSE_SCHEMAS,
  ...CARGO_FILE_RESPONSE_SCHEMAS,
  ...HS_CODE_ADMIN_RESPONSE_SCHEMAS,
  ...GATE_DESK_RESPONSE_SCHEMAS,
  ResultVerification,
  DeclarationStatusAnswer,
  QueuePage,
  QueueSummaryList,
  AssignmentView,
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
