import type { FieldError } from '@smartgate/shared-models';

import { travellerInput } from '../../test/factories';
import { cargoMember } from '../cargo-attachments/cargo-attachment.fixtures';
import { PDF_BYTES, uploadPhoto } from '../traveller-photos/photo-fixtures';
import { cargoUrl, createdCargoDraft, npkExport } from './cargo-declaration.fixtures';

function errorsOf(body: unknown): FieldError[] {
  return (body as { errors?: FieldError[] }).errors ?? [];
}

function messageAt(body: unknown, path: string): string | undefined {
  return errorsOf(body).find((error) => error.path === path)?.message;
}

/** Builds an export whose driver's citizen ID is malformed and whose crew member has no name. */
function exportWithBadCrew() {
  const [driver] = npkExport().travellers as Record<string, unknown>[];
  return npkExport({
    travellers: [
      { ...driver, documentType: 'vn_citizen_id', documentNumber: '999123456789' },
      travellerInput({ fullName: '' }),
    ],
  });
}

describe('cargo field labels', () => {
  it('names the driver and crew in a submission error', async () => {
    const member = await cargoMember('en');
    const draft = await createdCargoDraft(member, exportWithBadCrew());

    const response = await member.client
      .post(cargoUrl(member, draft.id, 'submit'), { version: draft.version })
      .expect(422);

    expect(messageAt(response.body, 'travellers.0.documentNumber')).toMatch(/^Driver – Document number/);
    expect(messageAt(response.body, 'travellers.1.fullName')).toMatch(/^Crew member 1 – Full name/);
    expect(JSON.stringify(response.body)).not.toContain('Lead traveller');
    expect(JSON.stringify(response.body)).not.toContain('Companion');
  });

  it('names the driver in Vietnamese', async () => {
    const member = await cargoMember('vi');
    const draft = await createdCargoDraft(member, exportWithBadCrew());

    const response = await member.client
      .post(cargoUrl(member, draft.id, 'submit'), { version: draft.version })
      .expect(422);

    expect(messageAt(response.body, 'travellers.0.documentNumber')).toMatch(/^Lái xe – Số giấy tờ/);
    expect(messageAt(response.body, 'travellers.1.fullName')).toMatch(/^Phụ xe thứ 1 – Họ và tên/);
  });

  it('names the driver in a draft save error', async () => {
    const member = await cargoMember('en');
    const travellers = [travellerInput({ dateOfBirth: 'not a date' })];

    const response = await member.client.post(cargoUrl(member), npkExport({ travellers })).expect(400);

    expect(messageAt(response.body, 'travellers.0.dateOfBirth')).toMatch(/^Driver – Date of birth/);
  });

  it('names the crew member in a photo error', async () => {
    const member = await cargoMember('en');
    const draft = await createdCargoDraft(member, exportWithBadCrew());

    // The upload fixture sends no Accept-Language, so the response is in the default Vietnamese.
    const response = await uploadPhoto(member.client, draft.id, 1, PDF_BYTES).expect(422);

    expect(messageAt(response.body, 'travellers.1.photo')).toMatch(/^Phụ xe thứ 1 – Ảnh chân dung/);
  });
});
