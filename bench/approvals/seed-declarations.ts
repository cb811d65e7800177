import { randomUUID } from 'node:crypto';

import { daysFromToday } from '../../api/src/test/dates';
import { sampleResult } from '../sample-results';
import { HttpSession } from './http-session';

/** A submitted declaration, ready for an officer's approval. */
export interface SubmittedDeclaration {
  id: string;
  version: number;
}

const SEED_CONCURRENCY = 8;

function draft(index: number) {
  const traveller = sampleResult(index).travellers[0];
  return {
    gateCode: 'LT',
    direction: 'exit',
    plannedCrossingDate: daysFromToday(3),
    purposeCode: 'work',
    travellers: [
      {
        fullName: traveller.fullName,
        sex: traveller.sex,
        dateOfBirth: traveller.dateOfBirth,
        nationality: 'VNM',
        documentType: 'passport',
        documentNumber: traveller.documentNumber,
        documentExpiryDate: daysFromToday(700),
      },
    ],
  };
}

async function createAndSubmit(applicant: HttpSession, index: number): Promise<SubmittedDeclaration> {
  const created = (await applicant.expect(201, 'POST', '/api/applicant/declarations', draft(index))) as {
    id: string;
    version: number;
  };
  const submitted = (await applicant.expect(200, 'POST', `/api/applicant/declarations/${created.id}/submit`, {
    version: created.version,
  })) as SubmittedDeclaration;
  return { id: submitted.id, version: submitted.version };
}

/**
 * Registers one applicant through the API and lets them create and submit `count`
 * declarations, a few at a time. Returns the applicant's session, which later downloads
 * the PDFs, and the declarations in submission order.
 */
export async function seedDeclarations(
  baseUrl: string,
  count: number,
): Promise<{ applicant: HttpSession; declarations: SubmittedDeclaration[] }> {
  const applicant = new HttpSession(baseUrl);
  await applicant.start();
  await applicant.expect(201, 'POST', '/api/applicant/register', {
    email: `bench-${randomUUID()}@example.vn`,
    password: 'benchmark applicant password',
    fullName: 'Trần Thị Bình',
    preferredLanguage: 'vi',
  });

  const declarations: SubmittedDeclaration[] = new Array(count);
  let next = 0;
  const seedNext = async () => {
    while (next < count) {
      const index = next++;
      declarations[index] = await createAndSubmit(applicant, index);
    }
  };
  await Promise.all(Array.from({ length: SEED_CONCURRENCY }, seedNext));
  return { applicant, declarations };
}
