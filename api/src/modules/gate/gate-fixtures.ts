import type {
  CrossingMethod,
  GateLookupView,
  OfficerProfile,
  OfficerSignInResult,
  Traveller,
} from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import { ApiClient } from '../../test/api-client';
import { daysFromToday } from '../../test/dates';
import { createOfficer } from '../../test/factories';
import { officerLoginBody } from '../../test/officer-sign-in';
import { testEnvironment } from '../../test/test-environment';
import { approvedDeclaration } from '../results/results-fixtures';

/** Paths of the lane screen's routes. */
export const GATE = '/api/officer/gate';

/** The seeded lanes of Lệ Thanh: lane 1 takes entries, lane 2 exits. Fixture declarations cross on exit. */
export const EXIT_LANE = { gateCode: 'LT', laneCode: '2' } as const;
export const ENTRY_LANE = { gateCode: 'LT', laneCode: '1' } as const;

/** A second gate with one lane, for results scanned at the wrong gate. */
export const OTHER_GATE_LANE = { gateCode: 'SPECG', laneCode: '1' } as const;

/** An approved declaration of Lệ Thanh whose result is issued. */
export interface IssuedRecord {
  declarationId: string;
  resultId: string;
  token: string;
  resultNumber: string;
  referenceCode: string | null;
}

/** Inserts the second gate and its lane once per run. */
export async function ensureOtherGate(): Promise<void> {
  const { sequelize } = testEnvironment();
  await sequelize.query(
    `INSERT INTO gates (code, name_vi, name_en, facing_gate_name, facing_province, facing_country)
     VALUES ('SPECG', 'Cửa khẩu thử nghiệm', 'Spec gate', 'Spec facing gate', 'Spec province', 'KHM')
     ON CONFLICT (code) DO NOTHING`,
  );
  await sequelize.query(
    `INSERT INTO gate_lanes (gate_code, code, name_vi, name_en) VALUES ('SPECG', '1', 'Làn 1', 'Lane 1')
     ON CONFLICT (gate_code, code) DO NOTHING`,
  );
}

/**
 * Inserts, approves and issues a declaration of Lệ Thanh, crossing on exit. The PDF is not
 * rendered: the lane screen reads only the result row.
 */
export async function issuedRecord(
  options: { travellers?: Traveller[]; plannedCrossingDate?: string; plate?: string } = {},
): Promise<IssuedRecord> {
  const { sequelize } = testEnvironment();
  const approved = await approvedDeclaration(sequelize, {
    travellers: options.travellers,
    plannedCrossingDate: options.plannedCrossingDate ?? daysFromToday(0),
  });

  await sequelize.query(
    `UPDATE results SET status = 'issued', pdf_path = 'results/spec.pdf', issued_at = now() WHERE id = :resultId`,
    { replacements: { ...approved } },
  );
  await sequelize.query(`UPDATE declarations SET status = 'issued' WHERE id = :declarationId`, {
    replacements: { ...approved },
  });
  if (options.plate) {
    await sequelize.query(
      `UPDATE declarations
       SET vehicle_kind = 'car', vehicle_plate_country = 'VNM', vehicle_plate_number = :plate,
           vehicle_plate_search_key = upper(regexp_replace(:plate, '[\\s.\\-]', '', 'g'))
       WHERE id = :declarationId`,
      { replacements: { ...approved, plate: options.plate } },
    );
  }

  const [row] = await sequelize.query<{ token: string; resultNumber: string; referenceCode: string | null }>(
    `SELECT r.token, r.number AS "resultNumber", d.reference_code AS "referenceCode"
     FROM results r JOIN declarations d ON d.id = r.declaration_id WHERE r.id = :resultId`,
    { replacements: { ...approved }, type: QueryTypes.SELECT },
  );
  return { declarationId: approved.declarationId, resultId: approved.resultId, ...row };
}

/** Builds the verification URL that the result's QR code holds. */
export function verificationUrl(token: string): string {
  return `${testEnvironment().config.publicBaseUrl}/verify/${token}`;
}

/**
 * Signs in a new officer of the role, assigned to the given gates (Lệ Thanh by default). `cookie`
 * is the session cookie, for requests that supertest cannot make, such as reading an event stream.
 */
export async function deskOfficer(
  role: OfficerProfile['role'] = 'gate_officer',
  gateCodes: string[] = ['LT'],
): Promise<{ client: ApiClient; id: string; cookie: string }> {
  const client = await ApiClient.create();
  const officer = await createOfficer({ role, gateCodes });

  const login = await client.post('/api/officer/login', await officerLoginBody(officer)).expect(200);
  expect((login.body as OfficerSignInResult).status).toBe('signed-in');
  const cookie = (login.headers['set-cookie'] as unknown as string[])
    .map((header) => header.split(';')[0])
    .join('; ');
  return { client, id: officer.id, cookie };
}

/** Looks up a scan at a lane and returns the lane screen's view. */
export async function lookUp(
  client: ApiClient,
  scanInput: string,
  lane: { gateCode: string; laneCode: string } = EXIT_LANE,
): Promise<GateLookupView> {
  const response = await client
    .post(`${GATE}/lookups`, { ...lane, source: 'keyboard', scanInput })
    .expect(200);
  return response.body as GateLookupView;
}

/** Builds the body of a crossing of every traveller, scanned a second ago. */
export function crossingBody(
  declarationId: string,
  overrides: Partial<{
    travellerPositions: number[];
    method: CrossingMethod;
    scannedAt: string;
    laneCode: string;
  }> = {},
) {
  return {
    ...EXIT_LANE,
    declarationId,
    method: 'qr_scanner' as CrossingMethod,
    scannedAt: new Date(Date.now() - 1_000).toISOString(),
    ...overrides,
  };
}
