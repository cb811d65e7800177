import type { DeclarationView, ScreeningSummaryList } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import type { ApiClient } from '../../test/api-client';
import { assignToSelf } from '../../test/declaration-assignment';
import { daysFromToday } from '../../test/dates';
import { signedInApplicant, signedInOfficer, travellerInput } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';
import { ensureSpecGate, gateOfficer, submitAtGate } from '../review/queue-fixtures';
import {
  REVIEW,
  addWatchlistEntry,
  screeningOf,
  signedInAdministrator,
  submittedCleanDeclaration,
  uniqueDocumentNumber,
  uniqueName,
  uniquePlate,
} from './screening-fixtures';

const SPEC_GATE = 'SCRN';

describe('declaration screening', () => {
  let applicant: ApiClient;
  let officer: ApiClient;
  let administrator: ApiClient;

  beforeEach(async () => {
    ({ client: applicant } = await signedInApplicant());
    ({ client: officer } = await signedInOfficer('en'));
    administrator = await signedInAdministrator();
  });

  it('passes a declaration without findings cleanly', async () => {
    const declaration = await submittedCleanDeclaration(applicant);

    const screening = await screeningOf(officer, declaration.id);

    expect(screening.clean).toBeTrue();
    expect(screening.flags).toEqual([]);
  });

  it('flags a document number on the watchlist and names the entry', async () => {
    const documentNumber = uniqueDocumentNumber();
    const entry = await addWatchlistEntry(administrator, {
      matchKind: 'document_number',
      value: documentNumber.toLowerCase(),
      documentType: 'passport',
      reason: 'Lệnh truy nã',
    });
    const declaration = await submittedCleanDeclaration(applicant, {
      travellers: [travellerInput({ fullName: uniqueName(), documentNumber })],
    });

    const screening = await screeningOf(officer, declaration.id);

    expect(screening.clean).toBeFalse();
    expect(screening.flags).toEqual([
      jasmine.objectContaining({
        kind: 'watchlist',
        subject: 'documentNumber',
        travellerPosition: 0,
        value: documentNumber,
        watchlistEntry: jasmine.objectContaining({
          id: entry.id,
          matchKind: 'document_number',
          reason: 'Lệnh truy nã',
        }),
      }),
    ]);
  });

  it('ignores a document entry of another document type', async () => {
    const documentNumber = uniqueDocumentNumber();
    await addWatchlistEntry(administrator, {
      matchKind: 'document_number',
      value: documentNumber,
      documentType: 'border_pass',
    });
    const declaration = await submittedCleanDeclaration(applicant, {
      travellers: [travellerInput({ fullName: uniqueName(), documentNumber })],
    });

    expect((await screeningOf(officer, declaration.id)).clean).toBeTrue();
  });

  it('flags a folded name and honours its date of birth', async () => {
    const name = uniqueName();
    const typed = name.replace('Nguyễn Văn', 'nguyen van');
    await addWatchlistEntry(administrator, { matchKind: 'name', value: typed, dateOfBirth: '1988-04-30' });
    const matching = await submittedCleanDeclaration(applicant, {
      travellers: [travellerInput({ fullName: name, documentNumber: uniqueDocumentNumber() })],
    });
    const otherBirthDate = await submittedCleanDeclaration(applicant, {
      travellers: [
        travellerInput({ fullName: name, documentNumber: uniqueDocumentNumber(), dateOfBirth: '1990-01-01' }),
      ],
    });

    const flags = (await screeningOf(officer, matching.id)).flags;

    expect(flags).toEqual([
      jasmine.objectContaining({ kind: 'watchlist', subject: 'fullName', value: name }),
    ]);
    expect((await screeningOf(officer, otherBirthDate.id)).clean).toBeTrue();
  });

  it('flags a plate whatever its spacing and stops at deactivation or expiry', async () => {
    const plate = uniquePlate();
    const entry = await addWatchlistEntry(administrator, {
      matchKind: 'plate',
      value: plate.replaceAll('-', ' ').toLowerCase(),
    });
    const declaration = await submittedCleanDeclaration(applicant, {
      vehicle: { kind: 'car', plateCountry: 'KHM', plateNumber: plate },
    });

    const flagged = await screeningOf(officer, declaration.id);
    await testEnvironment().sequelize.query(
      `UPDATE watchlist_entries SET expires_at = now() - interval '1 second' WHERE id = $1`,
      { bind: [entry.id] },
    );
    const afterExpiry = await screeningOf(officer, declaration.id);

    expect(flagged.flags).toEqual([
      jasmine.objectContaining({ kind: 'watchlist', subject: 'vehiclePlate', value: plate }),
    ]);
    expect(afterExpiry.clean).toBeTrue();
  });

  it('stops matching a deactivated entry', async () => {
    const documentNumber = uniqueDocumentNumber();
    const entry = await addWatchlistEntry(administrator, {
      matchKind: 'document_number',
      value: documentNumber,
    });
    const declaration = await submittedCleanDeclaration(applicant, {
      travellers: [travellerInput({ fullName: uniqueName(), documentNumber })],
    });

    await administrator
      .post(`/api/officer/admin/watchlist/${entry.id}/deactivate`, { reason: 'Cleared' })
      .expect(200);

    expect((await screeningOf(officer, declaration.id)).clean).toBeTrue();
  });

  it('flags a document expiring before the result validity ends', async () => {
    const crossing = daysFromToday(3);
    const declaration = await submittedCleanDeclaration(applicant, {
      plannedCrossingDate: crossing,
      travellers: [
        travellerInput({
          fullName: uniqueName(),
          documentNumber: uniqueDocumentNumber(),
          documentExpiryDate: daysFromToday(4),
        }),
      ],
    });

    const screening = await screeningOf(officer, declaration.id);

    expect(screening.flags).toEqual([
      jasmine.objectContaining({
        kind: 'document_expires_in_validity',
        travellerPosition: 0,
        expiry: { expiresOn: daysFromToday(4), neededUntil: daysFromToday(5) },
      }),
    ]);
  });

  it('flags a document expired before the crossing day', async () => {
    const declaration = await submittedCleanDeclaration(applicant);
    await testEnvironment().sequelize.query(
      `UPDATE declaration_travellers SET document_expiry_date = $2::date WHERE declaration_id = $1`,
      { bind: [declaration.id, daysFromToday(1)] },
    );

    const screening = await screeningOf(officer, declaration.id);

    expect(screening.flags).toEqual([
      jasmine.objectContaining({
        kind: 'document_expired',
        expiry: { expiresOn: daysFromToday(1), neededUntil: declaration.data.plannedCrossingDate! },
      }),
    ]);
  });

  it('flags an earlier rejection of the same person and vehicle', async () => {
    const documentNumber = uniqueDocumentNumber();
    const plate = uniquePlate();
    const draft = {
      travellers: [travellerInput({ fullName: uniqueName(), documentNumber })],
      vehicle: { kind: 'car' as const, plateCountry: 'KHM', plateNumber: plate },
    };
    const rejected = await submittedCleanDeclaration(applicant, draft);
    await assignToSelf(officer, rejected);
    await officer
      .post(`${REVIEW}/${rejected.id}/reject`, { version: rejected.version, reason: 'Giấy tờ giả' })
      .expect(200);
    const later = await submittedCleanDeclaration(applicant, draft);

    const screening = await screeningOf(officer, later.id);

    expect(screening.flags.map((flag) => [flag.kind, flag.subject, flag.rejection?.declarationId])).toEqual([
      ['earlier_rejection', 'documentNumber', rejected.id],
      ['earlier_rejection', 'vehiclePlate', rejected.id],
    ]);
    expect(screening.flags[0].rejection?.reason).toBe('Giấy tờ giả');
  });

  it('audits a screening view', async () => {
    const declaration = await submittedCleanDeclaration(applicant);

    await screeningOf(officer, declaration.id);

    const rows = await testEnvironment().sequelize.query<{ action: string }>(
      `SELECT action FROM audit_log WHERE declaration_id = $1 AND action = 'declaration.screening.viewed'`,
      { bind: [declaration.id], type: QueryTypes.SELECT },
    );
    expect(rows.length).toBe(1);
  });
});

describe('screening access', () => {
  let applicant: ApiClient;

  beforeEach(async () => {
    ({ client: applicant } = await signedInApplicant());
    await ensureSpecGate(SPEC_GATE);
  });

  it('answers 404 for a record of another gate', async () => {
    const declaration = await submittedCleanDeclaration(applicant);
    const { client } = await gateOfficer([SPEC_GATE]);

    await client.get(`${REVIEW}/${declaration.id}/screening`).expect(404);
  });

  it('leaves records of other gates out of the summaries', async () => {
    const own = await submitAtGate(applicant, SPEC_GATE, [
      { fullName: uniqueName(), documentNumber: uniqueDocumentNumber() },
    ]);
    const other = await submittedCleanDeclaration(applicant);
    const { client } = await gateOfficer([SPEC_GATE]);

    const response = await client
      .post(`${REVIEW}/screening-summaries`, { ids: [own.id, other.id] })
      .expect(200);

    expect((response.body as ScreeningSummaryList).items).toEqual([
      { declarationId: own.id, clean: true, flagKinds: [] },
    ]);
  });

  it('rejects an applicant session on the officer routes', async () => {
    const declaration = await submittedCleanDeclaration(applicant);

    const view = await applicant.get(`${REVIEW}/${declaration.id}/screening`);
    const summaries = await applicant.post(`${REVIEW}/screening-summaries`, { ids: [declaration.id] });

    expect([401, 403]).toContain(view.status);
    expect([401, 403]).toContain(summaries.status);
  });

  it('keeps flags out of the applicant view and the public status lookup', async () => {
    const administrator = await signedInAdministrator();
    const documentNumber = uniqueDocumentNumber();
    await addWatchlistEntry(administrator, {
      matchKind: 'document_number',
      value: documentNumber,
      reason: 'Secret reason',
    });
    const declaration = await submittedCleanDeclaration(applicant, {
      travellers: [travellerInput({ fullName: uniqueName(), documentNumber })],
    });
    const { client: officer } = await signedInOfficer('en');
    expect((await screeningOf(officer, declaration.id)).clean).toBeFalse();

    const own = await applicant.get(`/api/applicant/declarations/${declaration.id}`).expect(200);
    const status = await applicant
      .post('/api/public/declaration-status', {
        referenceCode: (own.body as DeclarationView).referenceCode,
        leadDateOfBirth: '1988-04-30',
      })
      .expect(200);

    for (const body of [JSON.stringify(own.body), JSON.stringify(status.body)]) {
      expect(body).not.toContain('Secret reason');
      expect(body).not.toContain('watchlist');
      expect(body).not.toMatch(/screening|flag/i);
    }
  });

  it('rejects more than 100 ids and malformed ids', async () => {
    const { client } = await signedInOfficer('en');
    const ids = Array.from({ length: 101 }, () => '00000000-0000-4000-8000-000000000000');

    await client.post(`${REVIEW}/screening-summaries`, { ids }).expect(400);
    const malformed = await client.post(`${REVIEW}/screening-summaries`, { ids: ['x'] }).expect(400);

    expect(malformed.body.errors[0]).toEqual(jasmine.objectContaining({ path: 'ids.0', code: 'invalid' }));
  });
});
