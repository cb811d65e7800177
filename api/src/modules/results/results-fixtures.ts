import { randomBytes, randomUUID } from 'node:crypto';

import type { Traveller } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize } from 'sequelize';

import { daysFromToday } from '../../test/dates';
import { createPendingResult } from './results.repository';

/** Test data for the result specs, written straight to the database so they depend on no HTTP route. */
export interface ApprovedDeclaration {
  declarationId: string;
  resultId: string;
  officerId: string;
}

/** Returns a complete traveller with the given fields overridden. */
export function travellerRow(overrides: Partial<Traveller> = {}): Traveller {
  return {
    fullName: 'Nguyễn Văn An',
    sex: 'male',
    dateOfBirth: '1988-04-30',
    nationality: 'VNM',
    documentType: 'passport',
    documentNumber: 'C1234567',
    documentExpiryDate: daysFromToday(700),
    ...overrides,
  };
}

async function insertPeople(sequelize: Sequelize): Promise<{ applicantId: string; officerId: string }> {
  const applicantId = randomUUID();
  const officerId = randomUUID();

  await sequelize.query(
    `INSERT INTO applicants (id, email, password_hash, full_name, preferred_language, created_at, updated_at)
     VALUES (:applicantId, :email, 'unused', 'Trần Thị Bình', 'vi', now(), now())`,
    { replacements: { applicantId, email: `results-${applicantId}@example.vn` } },
  );
  await sequelize.query(
    `INSERT INTO officers (id, username, full_name, role, password_hash, active, created_at, updated_at)
     VALUES (:officerId, :username, 'Rơ Châm Hyun', 'reviewer', 'unused', true, now(), now())`,
    { replacements: { officerId, username: `results-${officerId.slice(0, 8)}` } },
  );
  return { applicantId, officerId };
}

/** Inserts a submitted declaration of Lệ Thanh with its travellers, as the applicant API would leave it. */
export async function insertSubmittedDeclaration(
  sequelize: Sequelize,
  options: { travellers?: Traveller[]; plannedCrossingDate?: string } = {},
): Promise<{ declarationId: string; officerId: string; plannedCrossingDate: string }> {
  const { applicantId, officerId } = await insertPeople(sequelize);
  const declarationId = randomUUID();
  const plannedCrossingDate = options.plannedCrossingDate ?? daysFromToday(1);

  await sequelize.query(
    `INSERT INTO declarations (id, applicant_id, gate_code, direction, planned_crossing_date, purpose_code,
                               status, version, submitted_at, created_at, updated_at)
     VALUES (:declarationId, :applicantId, 'LT', 'exit', :plannedCrossingDate, 'work',
             'submitted', 2, now(), now(), now())`,
    { replacements: { declarationId, applicantId, plannedCrossingDate } },
  );

  const travellers = options.travellers ?? [travellerRow()];
  for (const [position, traveller] of travellers.entries()) {
    await sequelize.query(
      `INSERT INTO declaration_travellers (declaration_id, position, full_name, sex, date_of_birth, nationality,
                                           document_type, document_number, document_expiry_date)
       VALUES (:declarationId, :position, :fullName, :sex, :dateOfBirth, :nationality,
               :documentType, :documentNumber, :documentExpiryDate)`,
      { replacements: { declarationId, position, ...traveller } },
    );
  }
  return { declarationId, officerId, plannedCrossingDate };
}

/** Approves a submitted declaration the way the review service does: decision and pending result in one transaction. */
export async function approve(
  sequelize: Sequelize,
  submitted: { declarationId: string; officerId: string; plannedCrossingDate: string },
): Promise<ApprovedDeclaration> {
  await sequelize.transaction(async (transaction) => {
    await sequelize.query(
      `UPDATE declarations SET status = 'approved', version = version + 1, decided_at = now(), decided_by = :officerId
       WHERE id = :declarationId`,
      { replacements: submitted, transaction },
    );
    await createPendingResult(transaction, { ...submitted, gateCode: 'LT' });
  });

  const [row] = await sequelize.query<{ id: string }>(
    `SELECT id FROM results WHERE declaration_id = :declarationId`,
    {
      replacements: submitted,
      type: QueryTypes.SELECT,
    },
  );
  return { declarationId: submitted.declarationId, resultId: row.id, officerId: submitted.officerId };
}

/** Inserts and approves a declaration in one step. */
export async function approvedDeclaration(
  sequelize: Sequelize,
  options: { travellers?: Traveller[]; plannedCrossingDate?: string } = {},
): Promise<ApprovedDeclaration> {
  return approve(sequelize, await insertSubmittedDeclaration(sequelize, options));
}

/** Returns a new BullMQ key prefix, so that parallel test runs never share a queue. */
export function uniqueQueuePrefix(): string {
  return `sg-test-${randomBytes(6).toString('hex')}`;
}
