import { ApiClient } from '../test/api-client';
import { PROBLEM_DETAILS, PROBLEM_TITLES } from './problem-messages';
import { KM_PROBLEM_DETAILS, KM_PROBLEM_TITLES } from './problem-messages-km';

/** Lists the keys of a complete catalog that a partial one lacks or leaves blank. */
function missingKeys(complete: object, partial: Record<string, string | undefined>): string[] {
  return Object.keys(complete).filter((key) => !partial[key]?.trim());
}

describe('Khmer problem messages', () => {
  it('title every problem type', () => {
    expect(missingKeys(PROBLEM_TITLES.en, KM_PROBLEM_TITLES)).toEqual([]);
  });

  it('write every problem detail', () => {
    expect(missingKeys(PROBLEM_DETAILS.en, KM_PROBLEM_DETAILS)).toEqual([]);
  });

  it('have no key the English catalogs lack', () => {
    expect(missingKeys(KM_PROBLEM_TITLES, PROBLEM_TITLES.en)).toEqual([]);
    expect(missingKeys(KM_PROBLEM_DETAILS, PROBLEM_DETAILS.en)).toEqual([]);
  });
});

describe('problem responses in Khmer', () => {
  it('writes title and field messages in Khmer', async () => {
    const client = await ApiClient.create({ language: 'km' });

    const response = await client.post('/api/applicant/register', { email: 'not-an-address' }).expect(400);

    expect(response.headers['content-language']).toBe('km');
    expect(response.body.title).toBe('ទិន្នន័យមិនត្រឹមត្រូវ។');
    const email = response.body.errors.find((error: { path: string }) => error.path === 'email');
    expect(email.message).toBe('អ៊ីមែល៖ អាសយដ្ឋានអ៊ីមែលមិនត្រឹមត្រូវ។');
  });

  it('prefers Khmer by quality value', async () => {
    const client = await ApiClient.create({ language: 'km-KH,km;q=0.9,en;q=0.5' });

    const response = await client.get('/api/applicant/me').expect(401);

    expect(response.body.title).toBe('អ្នកមិនទាន់បានចូលគណនីទេ។');
  });
});
