import type { Problem } from '@smartgate/shared-models';

import { daysFromToday } from '../../test/dates';
import { travellerInput } from '../../test/factories';
import {
  counterCargoBody,
  counterFilingBody,
  counterOfficer,
  fileAtCounter,
  uploadedCounterPhotoId,
} from './assisted-filing-fixtures';

/** A border pass holder: the border pass is a document type that requires a portrait. */
function borderPassHolder(fullName: string) {
  return travellerInput({
    fullName,
    nationality: 'VNM',
    documentType: 'border_pass',
    documentNumber: 'GT123456',
    documentIssueDate: daysFromToday(-30),
    documentExpiryDate: daysFromToday(300),
    documentValidProvince: 'Ratanakiri',
  });
}

function photoIssues(problem: Problem): string[] {
  return (problem.errors ?? [])
    .filter((error) => error.path.endsWith('.photo'))
    .map((error) => `${error.path} ${error.code}`);
}

describe('counter filing of a document type that requires a portrait', () => {
  it('refuses travellers without the portrait and names each one', async () => {
    const reviewer = await counterOfficer('reviewer');
    const travellers = [borderPassHolder('Rơ Mah Hlim'), travellerInput({ fullName: 'Sok Dara' })];
    const uploadId = await uploadedCounterPhotoId(reviewer.client);

    const response = await fileAtCounter(
      reviewer.client,
      counterFilingBody({
        travellers: [...travellers, borderPassHolder('Siu Hnik')],
        photos: [{ position: 2, uploadId }],
      }),
    );

    expect(response.status).withContext(JSON.stringify(response.body)).toBe(422);
    expect(photoIssues(response.body as Problem)).toEqual(['travellers.0.photo photoRequired']);
    expect((response.body as Problem).errors?.[0].message).toBeTruthy();
  });

  it('files travellers whose portraits come with the request', async () => {
    const reviewer = await counterOfficer('reviewer');
    const uploadId = await uploadedCounterPhotoId(reviewer.client);

    const response = await fileAtCounter(
      reviewer.client,
      counterFilingBody({
        travellers: [borderPassHolder('Rơ Mah Hlim')],
        photos: [{ position: 0, uploadId }],
      }),
    );

    expect(response.status).withContext(JSON.stringify(response.body)).toBe(201);
  });

  it('refuses a truck driver without the portrait', async () => {
    const reviewer = await counterOfficer('reviewer');

    const response = await fileAtCounter(
      reviewer.client,
      counterCargoBody({ travellers: [borderPassHolder('Rơ Mah Hlim')] }),
    );

    expect(response.status).withContext(JSON.stringify(response.body)).toBe(422);
    expect(photoIssues(response.body as Problem)).toEqual(['travellers.0.photo photoRequired']);
    expect(
      (response.body as Problem).errors?.find((error) => error.code === 'photoRequired')?.message,
    ).toContain('Lái xe');
  });

  it('files a truck whose driver has the portrait', async () => {
    const reviewer = await counterOfficer('reviewer');
    const uploadId = await uploadedCounterPhotoId(reviewer.client);

    const response = await fileAtCounter(
      reviewer.client,
      counterCargoBody({
        travellers: [borderPassHolder('Rơ Mah Hlim')],
        photos: [{ position: 0, uploadId }],
      }),
    );

    expect(response.status).withContext(JSON.stringify(response.body)).toBe(201);
  });
});
