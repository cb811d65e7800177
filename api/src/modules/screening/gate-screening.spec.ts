import { daysFromToday } from '../../test/dates';
import { deskOfficer, issuedRecord, lookUp, verificationUrl } from '../gate/gate-fixtures';
import { travellerRow } from '../results/results-fixtures';
import {
  addWatchlistEntry,
  signedInAdministrator,
  uniqueDocumentNumber,
  uniqueName,
} from './screening-fixtures';

describe('screening at the gate lane', () => {
  it('shows a watchlist match beside the scanned record', async () => {
    const { client } = await deskOfficer();
    const documentNumber = uniqueDocumentNumber();
    const entry = await addWatchlistEntry(await signedInAdministrator(), {
      matchKind: 'document_number',
      value: documentNumber,
      reason: 'Theo dõi tại cửa khẩu',
    });
    const record = await issuedRecord({
      travellers: [travellerRow({ fullName: uniqueName(), documentNumber })],
    });

    const view = await lookUp(client, verificationUrl(record.token));

    expect(view.verdict).toBe('valid');
    expect(view.record?.screeningFlags).toEqual([
      jasmine.objectContaining({
        kind: 'watchlist',
        subject: 'documentNumber',
        travellerPosition: 0,
        value: documentNumber,
        watchlistEntry: jasmine.objectContaining({ id: entry.id, reason: 'Theo dõi tại cửa khẩu' }),
      }),
    ]);
  });

  it('shows no flags for a clean record', async () => {
    const { client } = await deskOfficer();
    const record = await issuedRecord({
      travellers: [
        travellerRow({
          fullName: uniqueName(),
          documentNumber: uniqueDocumentNumber(),
          documentExpiryDate: daysFromToday(900),
        }),
      ],
    });

    const view = await lookUp(client, verificationUrl(record.token));

    expect(view.record?.screeningFlags).toEqual([]);
  });
});
