import type { DeclarationSummary, DeclarationView, Page } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import { signedInApplicant } from '../../test/factories';
import { daysFromToday } from '../../test/dates';
import { testEnvironment } from '../../test/test-environment';
import { joinBusiness } from '../businesses/business.fixtures';
import { cargoMember, type CargoMember } from '../cargo-attachments/cargo-attachment.fixtures';
import {
  attachDocuments,
  cargoUrl,
  createdCargoDraft,
  hoursFromNow,
  npkExport,
  npkLine,
} from './cargo-declaration.fixtures';

interface FieldError {
  path: string;
  code: string;
  message: string;
}

function errorsOf(body: unknown): FieldError[] {
  return (body as { errors?: FieldError[] }).errors ?? [];
}

function codesOf(body: unknown): string[] {
  return errorsOf(body).map((error) => `${error.path}:${error.code}`);
}

describe('cargo declarations', () => {
  let member: CargoMember;

  beforeEach(async () => {
    member = await cargoMember('en');
  });

  it('saves a draft with HS codes normalized and decimals as exact strings', async () => {
    const view = await createdCargoDraft(
      member,
      npkExport({
        goodsLines: [
          npkLine({ netWeightKg: '0.1', grossWeightKg: '0.1', value: '0.10' }),
          npkLine({ hsCode: '3105 20 00', netWeightKg: 0.2, grossWeightKg: '0.200', value: '0.2' }),
        ],
      }),
    );

    expect(view.kind).toBe('cargo');
    expect(view.status).toBe('draft');
    expect(view.cargo?.goodsLines.map((line) => line.hsCode)).toEqual(['31052000', '31052000']);
    expect(view.cargo?.goodsLines[1].grossWeightKg).toBe('0.2');
    expect(view.cargo?.totals).toEqual({
      netWeightKg: '0.3',
      grossWeightKg: '0.3',
      netWeightTonnes: '0.0003',
      grossWeightTonnes: '0.0003',
      values: [{ currency: 'USD', amount: '0.3' }],
    });
    expect(view.cargo?.vehicle?.plateNumber).toBe('81C-123.45');
    expect(view.cargo?.trailer?.plateNumber).toBe('81R-012.34');
    expect(view.cargo?.business?.id).toBe(member.businessId);
    expect(view.cargo?.requiredAttachments).toEqual(['commercial_invoice', 'packing_list']);
    expect(view.data.travellers[0].fullName).toBe('Rơ Mah Hlim');
  });

  it('stores weights and values in numeric columns, never floats', async () => {
    const view = await createdCargoDraft(member);

    const [row] = await testEnvironment().sequelize.query<{ net: string; type: string }>(
      `SELECT net_weight_kg::text AS net, pg_typeof(net_weight_kg)::text AS type
         FROM declaration_goods_lines WHERE declaration_id = :id`,
      { replacements: { id: view.id }, type: QueryTypes.SELECT },
    );
    expect(row).toEqual({ net: '30000.000', type: 'numeric' });
  });

  const badLines: [string, Record<string, unknown>, string][] = [
    ['a gross weight below the net weight', { grossWeightKg: '29999.999' }, 'grossWeightKg:grossBelowNet'],
    ['a zero quantity', { quantity: '0' }, 'quantity:mustBePositive'],
    ['a negative quantity', { quantity: '-5' }, 'quantity:mustBePositive'],
    ['a weight with more than 3 decimals', { netWeightKg: '30000.0005' }, 'netWeightKg:tooManyDecimals'],
    ['more decimals than the unit allows', { quantity: '600.5' }, 'quantity:tooManyDecimalsForUnit'],
    ['an HS code that does not exist', { hsCode: '9999.99.99' }, 'hsCode:unknownHsCode'],
    ['an HS heading instead of a tariff line', { hsCode: '3105.20' }, 'hsCode:invalidHsCode'],
    ['an unknown unit', { unitCode: 'barrel' }, 'unitCode:unknownUnit'],
  ];
  for (const [name, line, expected] of badLines) {
    it(`rejects ${name}, naming the goods line and the field`, async () => {
      const response = await member.client
        .post(cargoUrl(member), npkExport({ goodsLines: [npkLine(), npkLine(line)] }))
        .expect(400);

      expect(codesOf(response.body)).toEqual([`goodsLines.1.${expected}`]);
      expect(errorsOf(response.body)[0].message).toContain('Goods line 2');
    });
  }

  it('names the decimals a bag allows in the message', async () => {
    const response = await member.client
      .post(cargoUrl(member), npkExport({ goodsLines: [npkLine({ quantity: '600.5' })] }))
      .expect(400);

    expect(errorsOf(response.body)[0].message).toContain('at most 0 decimal places');
  });

  it('rejects an 8-digit code that is a heading in the list', async () => {
    await testEnvironment().sequelize.query(`UPDATE hs_codes SET selectable = false WHERE code = '31053000'`);
    try {
      const response = await member.client
        .post(cargoUrl(member), npkExport({ goodsLines: [npkLine({ hsCode: '3105.30.00' })] }))
        .expect(400);

      expect(codesOf(response.body)).toEqual(['goodsLines.0.hsCode:hsCodeNotSelectable']);
    } finally {
      await testEnvironment().sequelize.query(
        `UPDATE hs_codes SET selectable = true WHERE code = '31053000'`,
      );
    }
  });

  it('submits a complete export with its documents and gives it a reference code', async () => {
    const draft = await createdCargoDraft(member);
    await attachDocuments(member, draft.id, ['commercial_invoice', 'packing_list']);
    const { version } = (await member.client.get(cargoUrl(member, draft.id)).expect(200))
      .body as DeclarationView;

    const response = await member.client.post(cargoUrl(member, draft.id, 'submit'), { version }).expect(200);

    const view = response.body as DeclarationView;
    expect(view.status).toBe('submitted');
    expect(view.referenceCode).toMatch(/^LT-/);
    expect(view.cargo?.totals.grossWeightTonnes).toBe('30.1505');
    expect(view.cargo?.requiredAttachments).toEqual([]);
    expect(view.data.plannedCrossingDate).toBeDefined();
  });

  it('refuses an import of plant products without a phytosanitary certificate', async () => {
    const cassava = npkLine({
      hsCode: '0714.10.11',
      description: 'Sắn lát khô',
      unitCode: 'kg',
      quantity: '28400',
      netWeightKg: '28400',
      grossWeightKg: '28650',
      originCountry: 'KHM',
    });
    const draft = await createdCargoDraft(member, npkExport({ direction: 'entry', goodsLines: [cassava] }));
    await attachDocuments(member, draft.id, ['commercial_invoice', 'packing_list']);
    const { version } = (await member.client.get(cargoUrl(member, draft.id)).expect(200))
      .body as DeclarationView;

    const response = await member.client.post(cargoUrl(member, draft.id, 'submit'), { version }).expect(422);

    expect(codesOf(response.body)).toEqual(['attachments.phytosanitary_certificate:attachmentRequired']);
    expect(errorsOf(response.body)[0].message).toContain('Phytosanitary certificate');
  });

  it('refuses a submission later than the gate’s lead time and names the latest allowed time', async () => {
    const draft = await createdCargoDraft(member, npkExport({ plannedArrivalAt: hoursFromNow(0.5) }));
    await attachDocuments(member, draft.id, ['commercial_invoice', 'packing_list']);
    const { version } = (await member.client.get(cargoUrl(member, draft.id)).expect(200))
      .body as DeclarationView;

    const response = await member.client.post(cargoUrl(member, draft.id, 'submit'), { version }).expect(422);

    expect(codesOf(response.body)).toEqual(['plannedArrivalAt:cargoSubmissionTooLate']);
    const message = errorsOf(response.body)[0].message;
    expect(message).toContain('60 minutes');
    expect(message).toMatch(/latest submission time was \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  });

  it('refuses a vehicle whose transport licence has expired, with the date', async () => {
    const expired = daysFromToday(-3);
    const vehicle = { ...(npkExport().vehicle as object), transportLicenceExpiry: expired };
    const draft = await createdCargoDraft(member, npkExport({ vehicle }));
    const [year, month, day] = expired.split('-');

    const response = await member.client
      .post(cargoUrl(member, draft.id, 'submit'), { version: draft.version })
      .expect(422);

    expect(codesOf(response.body)).toContain('vehicle.transportLicenceExpiry:transportLicenceExpired');
    const message = errorsOf(response.body).find(
      (error) => error.code === 'transportLicenceExpired',
    )?.message;
    expect(message).toContain(`${day}/${month}/${year}`);
  });

  it('checks the driver’s document with the traveller document rules', async () => {
    const travellers = [
      {
        ...(npkExport().travellers as Record<string, unknown>[])[0],
        documentType: 'vn_citizen_id',
        documentNumber: '999123456789',
      },
    ];
    const draft = await createdCargoDraft(member, npkExport({ travellers }));

    const response = await member.client
      .post(cargoUrl(member, draft.id, 'submit'), { version: draft.version })
      .expect(422);

    expect(codesOf(response.body).some((code) => code.startsWith('travellers.0.documentNumber:'))).toBeTrue();
  });

  it('checks a Vietnamese trailer plate for series R and keeps a Cambodian plate as typed', async () => {
    const bad = await member.client
      .post(cargoUrl(member), npkExport({ trailer: { plateCountry: 'VNM', plateNumber: '81C-555.55' } }))
      .expect(400);
    expect(codesOf(bad.body)).toEqual(['trailer.plateNumber:invalidTrailerPlate']);

    const vehicle = { ...(npkExport().vehicle as object), plateCountry: 'KHM', plateNumber: 'រតនគិរី 3A-1234' };
    const view = await createdCargoDraft(member, npkExport({ vehicle }));
    expect(view.cargo?.vehicle?.plateNumber).toBe('រតនគិរី 3A-1234');
  });

  describe('with two staff editing the same draft', () => {
    let colleague: CargoMember;

    beforeEach(async () => {
      const { client, profile } = await signedInApplicant('vi');
      await joinBusiness(member.client, member.businessId, { client, email: profile.email });
      colleague = { client, applicantId: profile.id, businessId: member.businessId };
    });

    it('keeps the first save and answers the second with 409 and the current declaration', async () => {
      const draft = await createdCargoDraft(member);
      const opened = (await colleague.client.get(cargoUrl(colleague, draft.id)).expect(200))
        .body as DeclarationView;

      const mine = npkExport({
        counterpart: { name: 'Mondulkiri Trading', address: 'Sen Monorom', country: 'KHM' },
      });
      await member.client
        .put(cargoUrl(member, draft.id), { version: opened.version, data: mine })
        .expect(200);
      const theirs = npkExport({ goodsLines: [npkLine({ quantity: '10' })] });
      const response = await colleague.client
        .put(cargoUrl(colleague, draft.id), { version: opened.version, data: theirs })
        .expect(409);

      expect(response.body.detail).toContain('Một người khác trong công ty');
      const current = response.body.current as DeclarationView;
      expect(current.version).toBe(opened.version + 1);
      expect(current.cargo?.counterpart?.name).toBe('Mondulkiri Trading');
      expect(current.cargo?.goodsLines[0].quantity).toBe('600');
      const stored = (await member.client.get(cargoUrl(member, draft.id)).expect(200))
        .body as DeclarationView;
      expect(stored).toEqual(jasmine.objectContaining({ version: current.version, cargo: current.cargo }));
    });

    it('lets exactly one of two simultaneous saves win', async () => {
      const draft = await createdCargoDraft(member);
      const save = (client: CargoMember['client'], quantity: string) =>
        client.put(cargoUrl(member, draft.id), {
          version: draft.version,
          data: npkExport({ goodsLines: [npkLine({ quantity })] }),
        });

      const responses = await Promise.all([save(member.client, '100'), save(colleague.client, '200')]);

      expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
      const winner = responses.find((response) => response.status === 200)!.body as DeclarationView;
      const stored = (await member.client.get(cargoUrl(member, draft.id)).expect(200))
        .body as DeclarationView;
      expect(stored.cargo?.goodsLines[0].quantity).toBe(winner.cargo?.goodsLines[0].quantity);
      expect(stored.version).toBe(draft.version + 1);
    });
  });

  it('hides a company’s declarations from another company’s staff with 404', async () => {
    const draft = await createdCargoDraft(member);
    const outsider = await cargoMember('en');

    await outsider.client.get(cargoUrl(member)).expect(404);
    await outsider.client.get(cargoUrl(member, draft.id)).expect(404);
    await outsider.client.put(cargoUrl(member, draft.id), { version: 1, data: npkExport() }).expect(404);
    await outsider.client.post(cargoUrl(member, draft.id, 'submit'), { version: 1 }).expect(404);
    await outsider.client.post(cargoUrl(member, draft.id, 'withdraw'), { version: 1 }).expect(404);
    await outsider.client.post(cargoUrl(member, draft.id, 'copy')).expect(404);
    await outsider.client.get(cargoUrl(member, draft.id, 'result.pdf')).expect(404);
    // Their own business path does not reach it either.
    await outsider.client.get(cargoUrl(outsider, draft.id)).expect(404);
  });

  it('lists the business’s declarations with a summary of the goods', async () => {
    await createdCargoDraft(member);

    const response = await member.client.get(`${cargoUrl(member)}?page=1&pageSize=10`).expect(200);

    const page = response.body as Page<DeclarationSummary>;
    expect(page.total).toBe(1);
    expect(page.items[0]).toEqual(
      jasmine.objectContaining({
        kind: 'cargo',
        goodsSummary: '30.1505 t · Phân bón NPK 16-16-8',
        travellerCount: 1,
        vehiclePlate: '81C-123.45',
      }),
    );
    expect(page.items[0].businessName).toBeTruthy();
  });

  it('copies a declaration without its arrival time and attachments', async () => {
    const original = await createdCargoDraft(member);
    await attachDocuments(member, original.id, ['commercial_invoice']);

    const response = await member.client.post(cargoUrl(member, original.id, 'copy')).expect(201);

    const copy = response.body as DeclarationView;
    expect(copy.id).not.toBe(original.id);
    expect(copy.status).toBe('draft');
    expect(copy.cargo?.plannedArrivalAt).toBeNull();
    expect(copy.cargo?.attachments).toEqual([]);
    expect(copy.cargo?.goodsLines).toEqual(original.cargo!.goodsLines);
    expect(copy.cargo?.vehicle).toEqual(original.cargo!.vehicle);
    expect(copy.data.travellers[0].fullName).toBe(original.data.travellers[0].fullName);
  });

  it('withdraws a draft, after which it can no longer be edited', async () => {
    const draft = await createdCargoDraft(member);

    const response = await member.client
      .post(cargoUrl(member, draft.id, 'withdraw'), { version: draft.version })
      .expect(200);

    expect((response.body as DeclarationView).status).toBe('withdrawn');
    const withdrawn = response.body as DeclarationView;
    await member.client
      .put(cargoUrl(member, draft.id), { version: withdrawn.version, data: npkExport() })
      .expect(409);
  });
});
