import { randomUUID } from 'node:crypto';

import { CSRF_HEADER } from '../../lib/csrf';
import type { ApiClient } from '../../test/api-client';
import { signedInApplicant } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';
import { registeredBusiness } from '../businesses/business.fixtures';
import { DeclarationModel } from '../declarations/declarations.models';

export const BUSINESSES = '/api/applicant/businesses';

/** A signed-in applicant who administers a newly registered business. */
export interface CargoMember {
  client: ApiClient;
  applicantId: string;
  businessId: string;
}

/** Registers an applicant and a business of theirs through the API. */
export async function cargoMember(language?: string): Promise<CargoMember> {
  const { client, profile } = await signedInApplicant(language);
  const business = await registeredBusiness(client);
  return { client, applicantId: profile.id, businessId: business.id };
}

/**
 * Inserts the HS codes and units that the specs name, for a database whose reference seed
 * lacks them. Existing rows are left as they are.
 */
export async function ensureGoodsReference(): Promise<void> {
  const { sequelize } = testEnvironment();
  const codes: [string, number, string | null, boolean][] = [
    ['07', 2, null, false],
    ['0714', 4, '07', false],
    ['071410', 6, '0714', false],
    ['07141011', 8, '071410', true],
    ['31', 2, null, false],
    ['3105', 4, '31', false],
    ['310520', 6, '3105', false],
    ['31052000', 8, '310520', true],
  ];
  for (const [code, level, parentCode, selectable] of codes) {
    await sequelize.query(
      `INSERT INTO hs_codes (code, level, description_vi, description_en, search_text, chapter, parent_code, selectable)
       VALUES (:code, :level, :code, :code, :code, left(:code, 2), :parentCode, :selectable)
       ON CONFLICT (code) DO NOTHING`,
      { replacements: { code, level, parentCode, selectable } },
    );
  }
  await sequelize.query(
    `INSERT INTO units (code, name_vi, name_en, name_km, decimals)
     VALUES ('kg', 'Kilôgam', 'Kilogram', 'គីឡូក្រាម', 3), ('pce', 'Chiếc', 'Piece', 'គ្រឿង', 0)
     ON CONFLICT (code) DO NOTHING`,
  );
}

/** Options of a cargo declaration inserted for a spec. */
export interface CargoDraftOptions {
  direction?: 'entry' | 'exit';
  status?: 'draft' | 'submitted' | 'changes_requested';
  gateCode?: string;
  /** HS codes of the goods lines, one line each. */
  hsCodes?: string[];
}

/**
 * Inserts a cargo declaration of the business directly, with goods lines of the given HS codes,
 * so that these specs do not depend on the cargo form's rules.
 */
export async function cargoDeclaration(
  member: CargoMember,
  options: CargoDraftOptions = {},
): Promise<string> {
  const status = options.status ?? 'draft';
  const declaration = await DeclarationModel.create({
    kind: 'cargo',
    businessId: member.businessId,
    applicantId: member.applicantId,
    gateCode: options.gateCode ?? 'LT',
    direction: options.direction ?? 'entry',
    plannedCrossingDate: null,
    purposeCode: null,
    status,
    submittedAt: status === 'draft' ? null : new Date(),
    decidedAt: null,
    decidedBy: null,
    rejectionReason: null,
  });

  for (const [position, hsCode] of (options.hsCodes ?? []).entries()) {
    await testEnvironment().sequelize.query(
      `INSERT INTO declaration_goods_lines
         (id, declaration_id, position, hs_code, description, quantity, unit_code, net_weight_kg, gross_weight_kg, value, currency, origin_country)
       VALUES (:id, :declarationId, :position, :hsCode, 'Goods', 1, 'kg', 1, 1, 1, 'USD', 'KHM')`,
      { replacements: { id: randomUUID(), declarationId: declaration.id, position, hsCode } },
    );
  }
  return declaration.id;
}

export function attachmentsUrl(member: CargoMember, declarationId: string): string {
  return `${BUSINESSES}/${member.businessId}/cargo-declarations/${declarationId}/attachments`;
}

/** Uploads a file as a browser's FormData does, with the type field before the file. */
export function uploadAttachment(
  client: ApiClient,
  url: string,
  bytes: Buffer,
  file: { name?: string; contentType?: string; attachmentType?: string } = {},
) {
  return client.agent
    .post(url)
    .set(CSRF_HEADER, client.csrfToken)
    .field('attachmentType', file.attachmentType ?? 'commercial_invoice')
    .attach('file', bytes, {
      filename: file.name ?? 'invoice.pdf',
      contentType: file.contentType ?? 'application/pdf',
    });
}

/** Reads a binary response as the given client, with the bytes in `body`. */
export function fetchBytes(client: ApiClient, url: string) {
  return client.agent
    .get(url)
    .buffer(true)
    .parse((response, done) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done(null, Buffer.concat(chunks)));
    });
}

/** A Windows executable's first bytes (the MZ header), to be sent under a `.pdf` name. */
export const EXE_BYTES = Buffer.concat([
  Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'),
  Buffer.alloc(200),
]);
