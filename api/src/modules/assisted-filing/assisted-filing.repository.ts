import { taxCodeKind, type CargoDeclarationDraft, type CounterCompany } from '@smartgate/shared-models';
import { QueryTypes, type Transaction } from 'sequelize';

import { sequelizeOf } from '../../lib/transaction-sequelize';
import { cargoColumns, crewRows } from '../cargo-declarations/cargo-declarations.repository';
import { replaceGoodsLines } from '../cargo-declarations/goods-lines.repository';
import { DeclarationModel, DeclarationTravellerModel } from '../declarations/declarations.models';
import { draftColumns, travellerRows } from '../declarations/declarations.repository';
import type { AssistedFiling, AssistedTravelFiling, CounterContact } from './assisted-filing-request';

/** The filing that an officer made earlier with the same idempotency key. */
export interface EarlierFiling {
  declarationId: string;
  requestSha256: string;
}

/**
 * Claims the officer's idempotency key for a new declaration id in the caller's transaction, or
 * returns the filing that already has it. A second request with the same key waits on the
 * first one's uncommitted row: it then finds the committed filing, or claims the key itself when
 * the first one rolled back. The declaration is inserted after the claim, which is possible
 * because the foreign key to it is checked at commit.
 */
export async function claimIdempotencyKey(
  transaction: Transaction,
  claim: { officerId: string; filing: AssistedFiling; declarationId: string },
): Promise<EarlierFiling | null> {
  const sequelize = sequelizeOf(transaction);
  const replacements = {
    officerId: claim.officerId,
    idempotencyKey: claim.filing.idempotencyKey,
    declarationId: claim.declarationId,
    requestSha256: claim.filing.requestSha256,
  };

  const claimed = await sequelize.query<{ declarationId: string }>(
    `INSERT INTO assisted_filings (officer_id, idempotency_key, declaration_id, request_sha256)
     VALUES (:officerId, :idempotencyKey, :declarationId, :requestSha256)
     ON CONFLICT (officer_id, idempotency_key) DO NOTHING
     RETURNING declaration_id AS "declarationId"`,
    { replacements, transaction, type: QueryTypes.SELECT },
  );
  if (claimed.length > 0) {
    return null;
  }

  const [earlier] = await sequelize.query<EarlierFiling>(
    `SELECT declaration_id AS "declarationId", request_sha256 AS "requestSha256"
     FROM assisted_filings WHERE officer_id = :officerId AND idempotency_key = :idempotencyKey`,
    { replacements, transaction, type: QueryTypes.SELECT },
  );
  return earlier;
}

/**
 * Inserts a declaration filed at the counter, already submitted, with its travellers. It has no
 * applicant: the filing officer and the traveller's contact take the applicant's place.
 */
export async function insertCounterDeclaration(
  transaction: Transaction,
  declaration: { id: string; officerId: string; filing: AssistedTravelFiling; submittedAt: Date },
): Promise<void> {
  const { draft, contact } = declaration.filing;

  await DeclarationModel.create(
    {
      id: declaration.id,
      applicantId: null,
      filedByOfficerId: declaration.officerId,
      contactEmail: contact.email,
      contactLanguage: contact.preferredLanguage,
      ...draftColumns(draft),
      status: 'submitted',
      submittedAt: declaration.submittedAt,
      decidedAt: null,
      decidedBy: null,
      rejectionReason: null,
    },
    { transaction },
  );
  await DeclarationTravellerModel.bulkCreate(travellerRows(declaration.id, draft), { transaction });
}

/**
 * Inserts a truck's declaration filed at the counter, already submitted, with its driver, crew
 * and goods lines, and the declaring company the officer typed. It belongs to no business and
 * no applicant: the filing officer and the contact take their place.
 */
export async function insertCounterCargoDeclaration(
  transaction: Transaction,
  declaration: {
    id: string;
    officerId: string;
    draft: CargoDeclarationDraft;
    company: CounterCompany;
    contact: CounterContact;
    submittedAt: Date;
  },
): Promise<void> {
  const { draft, contact } = declaration;
  const sequelize = sequelizeOf(transaction);

  await DeclarationModel.create(
    {
      id: declaration.id,
      kind: 'cargo',
      businessId: null,
      applicantId: null,
      filedByOfficerId: declaration.officerId,
      contactEmail: contact.email,
      contactLanguage: contact.preferredLanguage,
      ...cargoColumns(draft),
      status: 'submitted',
      submittedAt: declaration.submittedAt,
      decidedAt: null,
      decidedBy: null,
      rejectionReason: null,
    },
    { transaction },
  );
  await DeclarationTravellerModel.bulkCreate(crewRows(declaration.id, draft), { transaction });
  await replaceGoodsLines(sequelize, declaration.id, draft.goodsLines, transaction);

  await sequelize.query(
    `INSERT INTO counter_companies (declaration_id, tax_code, tax_code_kind, name)
     VALUES (:declarationId, :taxCode, :taxCodeKind, :name)`,
    {
      replacements: {
        declarationId: declaration.id,
        taxCode: declaration.company.taxCode,
        taxCodeKind: taxCodeKind(declaration.company.taxCode),
        name: declaration.company.name,
      },
      transaction,
    },
  );
}

/** Loads the declaring company typed at the counter for a truck's declaration, or null. */
export async function findCounterCompany(
  declarationId: string,
  transaction?: Transaction,
): Promise<CounterCompany | null> {
  const [row] = await DeclarationModel.sequelize!.query<CounterCompany>(
    'SELECT tax_code AS "taxCode", name FROM counter_companies WHERE declaration_id = :declarationId',
    { replacements: { declarationId }, transaction, type: QueryTypes.SELECT },
  );
  return row ?? null;
}
