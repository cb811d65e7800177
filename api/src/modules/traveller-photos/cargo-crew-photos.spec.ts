import type { DeclarationView, Problem } from '@smartgate/shared-models';

import { addDays, daysFromToday } from '../../test/dates';
import { signedInApplicant, travellerInput } from '../../test/factories';
import type { ApiClient } from '../../test/api-client';
import { BUSINESSES, joinBusiness } from '../businesses/business.fixtures';
import { cargoMember, type CargoMember } from '../cargo-attachments/cargo-attachment.fixtures';
import {
  attachDocuments,
  cargoUrl,
  createdCargoDraft,
  npkExport,
} from '../cargo-declarations/cargo-declaration.fixtures';
import { fetchPhoto, photoUrl, twoToneJpeg, uploadPhoto } from './photo-fixtures';

/** Builds the NPK export with a crew member whose document type ('other') requires a portrait photo. */
function exportWithCrew() {
  return npkExport({
    travellers: [
      travellerInput({ fullName: 'Rơ Mah Hlim', documentExpiryDate: addDays(daysFromToday(0), 900) }),
      travellerInput({ fullName: 'Siu Ksor', documentType: 'other', documentNumber: 'KH998877' }),
    ],
  });
}

/** Registers a second applicant and makes them staff of the business. */
async function colleagueOf(administrator: CargoMember): Promise<{ client: ApiClient; id: string }> {
  const { client, profile } = await signedInApplicant('en');
  await joinBusiness(administrator.client, administrator.businessId, { client, email: profile.email });
  return { client, id: profile.id };
}

describe('driver and crew photos of cargo declarations', () => {
  let filer: CargoMember;
  let colleague: { client: ApiClient; id: string };
  let draft: DeclarationView;

  beforeEach(async () => {
    filer = await cargoMember('en');
    colleague = await colleagueOf(filer);
    draft = await createdCargoDraft(filer, exportWithCrew());
  });

  it('lets a colleague upload and view a crew photo', async () => {
    await uploadPhoto(colleague.client, draft.id, 1, await twoToneJpeg()).expect(200);

    const byColleague = await fetchPhoto(colleague.client, photoUrl('applicant', draft.id, 1)).expect(200);
    const byFiler = await fetchPhoto(filer.client, photoUrl('applicant', draft.id, 1)).expect(200);

    expect(byColleague.headers['content-type']).toBe('image/jpeg');
    expect(byFiler.body).toEqual(byColleague.body);
  });

  it('lets a colleague remove a photo the filer uploaded', async () => {
    await uploadPhoto(filer.client, draft.id, 0, await twoToneJpeg()).expect(200);

    await colleague.client.delete(photoUrl('applicant', draft.id, 0)).expect(204);

    await fetchPhoto(filer.client, photoUrl('applicant', draft.id, 0)).expect(404);
  });

  it('hides the photos from another company’s staff with 404', async () => {
    await uploadPhoto(filer.client, draft.id, 0, await twoToneJpeg()).expect(200);
    const outsider = await cargoMember('en');

    await fetchPhoto(outsider.client, photoUrl('applicant', draft.id, 0)).expect(404);
    await uploadPhoto(outsider.client, draft.id, 0, await twoToneJpeg()).expect(404);
    await outsider.client.delete(photoUrl('applicant', draft.id, 0)).expect(404);
  });

  it('hides the photos from a filer who left the company', async () => {
    const staffDraft = await createdCargoDraft(
      { ...filer, client: colleague.client, applicantId: colleague.id },
      exportWithCrew(),
    );
    await uploadPhoto(colleague.client, staffDraft.id, 0, await twoToneJpeg()).expect(200);

    await filer.client.delete(`${BUSINESSES}/${filer.businessId}/members/${colleague.id}`).expect(204);

    await fetchPhoto(colleague.client, photoUrl('applicant', staffDraft.id, 0)).expect(404);
    await uploadPhoto(colleague.client, staffDraft.id, 0, await twoToneJpeg()).expect(404);
    await fetchPhoto(filer.client, photoUrl('applicant', staffDraft.id, 0)).expect(200);
  });

  it('requires the crew photo at submission and submits once a colleague added it', async () => {
    await attachDocuments(filer, draft.id, ['commercial_invoice', 'packing_list']);

    const refused = await filer.client
      .post(cargoUrl(filer, draft.id, 'submit'), { version: draft.version })
      .expect(422);
    const photoErrors = ((refused.body as Problem).errors ?? []).filter(
      (error) => error.code === 'photoRequired',
    );
    expect(photoErrors.map((error) => error.path)).toEqual(['travellers.1.photo']);

    await uploadPhoto(colleague.client, draft.id, 1, await twoToneJpeg()).expect(200);
    const submitted = await filer.client
      .post(cargoUrl(filer, draft.id, 'submit'), { version: draft.version })
      .expect(200);

    expect((submitted.body as DeclarationView).status).toBe('submitted');
  });

  it('refuses a photo change once the declaration is submitted', async () => {
    await attachDocuments(filer, draft.id, ['commercial_invoice', 'packing_list']);
    await uploadPhoto(filer.client, draft.id, 1, await twoToneJpeg()).expect(200);
    await filer.client.post(cargoUrl(filer, draft.id, 'submit'), { version: draft.version }).expect(200);

    const response = await uploadPhoto(colleague.client, draft.id, 1, await twoToneJpeg()).expect(409);

    expect((response.body as Problem).type).toContain('invalid-status-transition');
  });
});
