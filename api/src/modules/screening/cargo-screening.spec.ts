import { randomInt, randomUUID } from 'node:crypto';

import { plateSearchKey } from '@smartgate/shared-models';

import type { ApiClient } from '../../test/api-client';
import { assignToSelf } from '../../test/declaration-assignment';
import { signedInApplicant, signedInOfficer } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';
import { requiredAttachmentTypes } from '../cargo-attachments/attachment-rules';
import {
  REVIEW,
  addWatchlistEntry,
  screeningOf,
  signedInAdministrator,
  submittedCleanDeclaration,
  uniquePlate,
} from './screening-fixtures';

/** Inserts an 8-digit HS line of a chapter no seed uses, with the given control. */
async function controlledHsCode(control: 'prohibited' | 'licence_required'): Promise<string> {
  const code = `98${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
  await testEnvironment().sequelize.query(
    `INSERT INTO hs_codes (code, level, description_vi, description_en, search_text, chapter, control, selectable)
     VALUES ($1, 8, 'Hàng thử nghiệm', 'Spec goods', 'hang thu nghiem spec goods', '98', $2, true)
     ON CONFLICT (code) DO UPDATE SET control = EXCLUDED.control`,
    { bind: [code, control] },
  );
  return code;
}

/**
 * Turns a submitted declaration into an import consignment with a trailer and the given goods
 * lines. The cargo form belongs to its own module; screening only reads the stored columns.
 */
async function makeCargo(declarationId: string, trailerPlate: string, hsCodes: string[]): Promise<void> {
  const { sequelize } = testEnvironment();
  await sequelize.query(
    `UPDATE declarations SET kind = 'cargo', direction = 'entry', trailer_plate_country = 'KHM',
            trailer_plate_number = $2, trailer_plate_search_key = $3
      WHERE id = $1`,
    { bind: [declarationId, trailerPlate, plateSearchKey(trailerPlate)] },
  );
  for (const [position, hsCode] of hsCodes.entries()) {
    await sequelize.query(
      `INSERT INTO declaration_goods_lines (id, declaration_id, position, hs_code, description)
       VALUES ($1, $2, $3, $4, 'Spec goods')`,
      { bind: [randomUUID(), declarationId, position, hsCode] },
    );
  }
}

describe('cargo screening', () => {
  let applicant: ApiClient;
  let officer: ApiClient;

  beforeEach(async () => {
    ({ client: applicant } = await signedInApplicant());
    ({ client: officer } = await signedInOfficer('en'));
  });

  it('flags controlled HS codes and missing attachments', async () => {
    const declaration = await submittedCleanDeclaration(applicant);
    const prohibited = await controlledHsCode('prohibited');
    const licensed = await controlledHsCode('licence_required');
    await makeCargo(declaration.id, uniquePlate(), [prohibited, licensed]);

    const screening = await screeningOf(officer, declaration.id);

    const goods = screening.flags.filter((flag) => flag.subject === 'goodsLine');
    expect(goods.map((flag) => [flag.kind, flag.goodsLinePosition, flag.value])).toEqual([
      ['goods_prohibited', 0, prohibited],
      ['goods_licence_required', 1, licensed],
    ]);
    const missing = await requiredAttachmentTypes({ id: declaration.id, direction: 'entry' });
    expect(missing).toContain('import_export_licence');
    expect(
      screening.flags.filter((flag) => flag.kind === 'attachment_missing').map((flag) => flag.value),
    ).toEqual(missing);
  });

  it('flags a trailer plate on the watchlist or on a rejected declaration', async () => {
    const trailer = uniquePlate();
    const rejected = await submittedCleanDeclaration(applicant);
    await makeCargo(rejected.id, trailer, []);
    await assignToSelf(officer, rejected);
    await officer
      .post(`${REVIEW}/${rejected.id}/reject`, { version: rejected.version, reason: 'Spec' })
      .expect(200);
    const later = await submittedCleanDeclaration(applicant);
    await makeCargo(later.id, trailer, []);
    const entry = await addWatchlistEntry(await signedInAdministrator(), {
      matchKind: 'plate',
      value: trailer,
    });

    const screening = await screeningOf(officer, later.id);

    const trailerFlags = screening.flags.filter((flag) => flag.subject === 'trailerPlate');
    expect(trailerFlags.map((flag) => [flag.kind, flag.value])).toEqual([
      ['earlier_rejection', trailer],
      ['watchlist', trailer],
    ]);
    expect(trailerFlags[0].rejection?.declarationId).toBe(rejected.id);
    expect(trailerFlags[1].watchlistEntry?.id).toBe(entry.id);
  });

  it('refuses a cargo declaration with flags in a bulk approval', async () => {
    const declaration = await submittedCleanDeclaration(applicant);
    await makeCargo(declaration.id, uniquePlate(), [await controlledHsCode('prohibited')]);
    const { client: supervisor } = await signedInOfficer('en', { role: 'supervisor' });

    const response = await supervisor
      .post(`${REVIEW}/bulk-approve`, { items: [{ id: declaration.id, version: declaration.version }] })
      .expect(200);

    expect(response.body.results[0].outcome).toBe('flagged');
    expect(response.body.results[0].flagKinds).toContain('goods_prohibited');
  });
});
