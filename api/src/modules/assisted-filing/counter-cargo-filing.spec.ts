import { randomUUID } from 'node:crypto';

import type { DeclarationView, GateLookupView, Problem } from '@smartgate/shared-models';
import { QueryTypes } from 'sequelize';

import { testEnvironment } from '../../test/test-environment';
import { npkLine } from '../cargo-declarations/cargo-declaration.fixtures';
import { GATE, crossingBody, ensureOtherGate } from '../gate/gate-fixtures';
import { countFiledBy, counterCargoBody, counterOfficer, fileAtCounter } from './assisted-filing-fixtures';
import { issueResultOf, pdfText, resultPdf } from './counter-result.fixtures';

function fieldErrors(problem: Problem): string[] {
  return (problem.errors ?? []).map((error) => `${error.path} ${error.code}`).sort();
}

/** A goods line of dried cassava slices from Cambodia, a plant product of HS chapter 07. */
const CASSAVA = npkLine({
  hsCode: '0714.10.11',
  description: 'Sắn lát khô',
  unitCode: 'kg',
  quantity: '28400',
  netWeightKg: '28400',
  grossWeightKg: '28650',
  originCountry: 'KHM',
});

async function filingAudit(declarationId: string) {
  const [row] = await testEnvironment().sequelize.query<{
    actorId: string;
    details: Record<string, unknown>;
  }>(
    `SELECT actor_id AS "actorId", details FROM audit_log
      WHERE declaration_id = :declarationId AND action = 'declaration.filed_at_counter'`,
    { replacements: { declarationId }, type: QueryTypes.SELECT },
  );
  return row;
}

describe('POST /api/officer/assisted-declarations with a truck', () => {
  it('files, approves and audits a reviewer’s filing', async () => {
    const reviewer = await counterOfficer('reviewer');

    const response = await fileAtCounter(reviewer.client, counterCargoBody()).expect(201);

    const view = response.body as DeclarationView;
    expect(view.kind).toBe('cargo');
    expect(view.status).toBe('approved');
    expect(view.referenceCode).toMatch(/^LT-/);
    expect(view.cargo?.business).toBeNull();
    expect(view.cargo?.vehicle?.plateNumber).toBe('81C-123.45');
    expect(view.cargo?.trailer?.plateNumber).toBe('81R-012.34');
    expect(view.cargo?.goodsLines[0].hsCode).toBe('31052000');
    expect(view.cargo?.totals.grossWeightTonnes).toBe('30.1505');
    expect(view.counterFiling?.officerId).toBe(reviewer.id);
    expect(view.counterFiling?.company).toEqual({
      taxCode: '0100109106',
      name: 'Công ty TNHH Vật tư Nông nghiệp Đức Cơ',
    });
    const audit = await filingAudit(view.id);
    expect(audit.actorId).toBe(reviewer.id);
    expect(audit.details['kind']).toBe('cargo');
    expect(audit.details['approvedInSameStep']).toBeTrue();
  });

  it('leaves a gate officer’s filing submitted', async () => {
    const gateOfficer = await counterOfficer('gate_officer');

    const response = await fileAtCounter(gateOfficer.client, counterCargoBody()).expect(201);

    expect((response.body as DeclarationView).status).toBe('submitted');
  });

  it('prints the typed company and goods on the result', async () => {
    const reviewer = await counterOfficer('reviewer');
    const filed = (await fileAtCounter(reviewer.client, counterCargoBody()).expect(201))
      .body as DeclarationView;
    await issueResultOf(filed.id);

    const text = await pdfText((await resultPdf(reviewer.client, filed.id).expect(200)).body as Buffer);

    expect(text).toContain('Công ty TNHH Vật tư Nông nghiệp Đức Cơ');
    expect(text).toContain('0100109106');
    expect(text).toContain('81C-123.45');
  });

  it('records the crossing by the counter method', async () => {
    const reviewer = await counterOfficer('reviewer');
    const filed = (await fileAtCounter(reviewer.client, counterCargoBody()).expect(201))
      .body as DeclarationView;
    await issueResultOf(filed.id);

    const response = await reviewer.client
      .post(`${GATE}/crossings`, crossingBody(filed.id, { method: 'counter' }))
      .expect(201);

    expect((response.body as GateLookupView).verdict).toBe('used');
  });

  it('rejects malformed fields before any check', async () => {
    const reviewer = await counterOfficer('reviewer');
    const body = counterCargoBody({
      company: { taxCode: '0100109107', name: 'Công ty Đức Cơ' },
      goodsLines: [npkLine({ netWeightKg: '100', grossWeightKg: '90' })],
    });

    const response = await fileAtCounter(reviewer.client, body).expect(422);

    expect(fieldErrors(response.body as Problem)).toEqual([
      'company.taxCode invalidTaxCodeCheckDigit',
      'goodsLines.0.grossWeightKg grossBelowNet',
    ]);
    expect(await countFiledBy(reviewer.id)).toBe(0);
  });

  it('lists every missing field and unknown code and stores nothing', async () => {
    const reviewer = await counterOfficer('reviewer');
    const body = counterCargoBody({
      company: { taxCode: '0100109106', name: '' },
      counterpart: undefined,
      goodsLines: [npkLine({ hsCode: '9999.99.99' })],
    });

    const response = await fileAtCounter(reviewer.client, body).expect(422);

    expect(fieldErrors(response.body as Problem)).toEqual([
      'company.name required',
      'counterpart required',
      'goodsLines.0.hsCode unknownHsCode',
    ]);
    expect(await countFiledBy(reviewer.id)).toBe(0);
  });

  it('requires the phytosanitary certificate checked for an import of cassava', async () => {
    const reviewer = await counterOfficer('reviewer');
    const body = counterCargoBody({ direction: 'entry', goodsLines: [CASSAVA] });

    const refused = await fileAtCounter(reviewer.client, body).expect(422);
    const sighted = ['commercial_invoice', 'packing_list', 'phytosanitary_certificate'];
    await fileAtCounter(reviewer.client, { ...body, documentsSighted: sighted }).expect(201);

    expect(fieldErrors(refused.body as Problem)).toEqual([
      'documentsSighted.phytosanitary_certificate documentNotSighted',
    ]);
    expect((refused.body as Problem).errors?.[0].message).toContain('Giấy chứng nhận kiểm dịch thực vật');
  });

  it('rejects a Vietnamese trailer plate without series R', async () => {
    const reviewer = await counterOfficer('reviewer');
    const body = counterCargoBody({ trailer: { plateCountry: 'VNM', plateNumber: '81C-999.99' } });

    const response = await fileAtCounter(reviewer.client, body).expect(422);

    expect(fieldErrors(response.body as Problem)).toEqual(['trailer.plateNumber invalidTrailerPlate']);
  });

  it('returns the first filing for a repeated idempotency key', async () => {
    const reviewer = await counterOfficer('reviewer');
    const key = randomUUID();

    const first = await fileAtCounter(reviewer.client, counterCargoBody(), key).expect(201);
    const again = await fileAtCounter(reviewer.client, counterCargoBody(), key).expect(200);
    const changed = counterCargoBody({ company: { taxCode: '0100109106', name: 'Another company' } });
    const reused = await fileAtCounter(reviewer.client, changed, key).expect(422);

    expect((again.body as DeclarationView).id).toBe((first.body as DeclarationView).id);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect((reused.body as Problem).errors?.[0].path).toBe('Idempotency-Key');
    expect(await countFiledBy(reviewer.id)).toBe(1);
  });

  it('rejects a truck at a gate the officer does not work at', async () => {
    await ensureOtherGate();
    const reviewer = await counterOfficer('reviewer', ['SPECG']);

    await fileAtCounter(reviewer.client, counterCargoBody()).expect(403);
  });
});
