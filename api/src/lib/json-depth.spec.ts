import { ApiClient } from '../test/api-client';
import { signedInApplicant } from '../test/factories';
import { CSRF_HEADER } from './csrf';
import { MAX_BODY_DEPTH, keyNestedTooDeep } from './json-depth';

/** Builds `levels` arrays nested in each other, as JSON text. */
function nestedArrays(levels: number): string {
  return '['.repeat(levels) + ']'.repeat(levels);
}

/** Builds `levels` objects nested under the key `a`, as JSON text. */
function nestedObjects(levels: number): string {
  return '{"a":'.repeat(levels) + 'null' + '}'.repeat(levels);
}

async function postJson(path: string, json: string, client?: ApiClient) {
  const sender = client ?? (await ApiClient.create({ language: 'en' }));
  return sender.agent
    .post(path)
    .set(CSRF_HEADER, sender.csrfToken)
    .set('Content-Type', 'application/json')
    .set('Accept-Language', 'en')
    .send(json);
}

describe('request body nesting', () => {
  it('rejects 5,000 nested arrays', async () => {
    const body = nestedArrays(5_000);
    expect(body.length).toBeLessThan(100_000);

    const response = await postJson('/api/applicant/login', body);

    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.detail).toBe('The request body is nested more than 32 levels deep.');
    expect(response.body.errors).toEqual([jasmine.objectContaining({ path: '', code: 'invalid' })]);
  });

  it('rejects 10,000 nested objects', async () => {
    const { client } = await signedInApplicant('en');

    const response = await postJson('/api/applicant/declarations', nestedObjects(10_000), client);

    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([jasmine.objectContaining({ path: 'a', code: 'invalid' })]);
  });

  it('names the top-level field holding the nesting', async () => {
    const json = `{"gateCode":"LT","travellers":${nestedArrays(40)}}`;

    const response = await postJson('/api/applicant/login', json);

    expect(response.status).toBe(400);
    expect(response.body.errors.map((error: { path: string }) => error.path)).toEqual(['travellers']);
  });

  it('accepts the maximum depth', () => {
    expect(keyNestedTooDeep(JSON.parse(nestedArrays(MAX_BODY_DEPTH)), MAX_BODY_DEPTH)).toBeUndefined();
    expect(keyNestedTooDeep(JSON.parse(nestedArrays(MAX_BODY_DEPTH + 1)), MAX_BODY_DEPTH)).toBe('0');
  });

  it('ignores scalars and flat bodies', () => {
    expect(keyNestedTooDeep('text', 1)).toBeUndefined();
    expect(keyNestedTooDeep({ a: 1, b: [1, 2] }, 2)).toBeUndefined();
    expect(keyNestedTooDeep({ a: 1, b: [[1]] }, 2)).toBe('b');
  });
});
