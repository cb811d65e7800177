import { gzipSync } from 'node:zlib';

import { ApiClient } from '../test/api-client';
import { CSRF_HEADER } from './csrf';

const LOGIN = '/api/applicant/login';
const CREDENTIALS = JSON.stringify({ email: 'nobody@example.vn', password: 'wrong password 1' });

/** Posts a raw body to the applicant login with the CSRF header and the given headers. */
async function postRaw(headers: Record<string, string>, body: string | Buffer) {
  const client = await ApiClient.create({ language: 'en' });
  let request = client.agent.post(LOGIN).set(CSRF_HEADER, client.csrfToken).set('Accept-Language', 'en');
  for (const [name, value] of Object.entries(headers)) {
    request = request.set(name, value);
  }
  // The identity serializer keeps superagent from turning a Buffer into JSON.
  return request.serialize((raw: unknown) => raw as string).send(body);
}

describe('JSON body parsing', () => {
  it('reads a gzip-compressed body', async () => {
    const response = await postRaw(
      { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
      gzipSync(CREDENTIALS),
    );

    expect(response.status).toBe(401);
    expect(response.body.type).toBe('/api/problems/invalid-credentials');
  });

  it('rejects a plain body labelled gzip with 400', async () => {
    const response = await postRaw(
      { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
      CREDENTIALS,
    );

    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.type).toBe('/api/problems/validation-failed');
    expect(response.body.detail).toContain('does not match its Content-Encoding');
  });

  it('rejects an unknown content coding with 415', async () => {
    const response = await postRaw(
      { 'Content-Type': 'application/json', 'Content-Encoding': 'compress' },
      CREDENTIALS,
    );

    expect(response.status).toBe(415);
    expect(response.body.type).toBe('/api/problems/unsupported-media-type');
    expect(response.body.detail).toContain('Content-Encoding is not supported');
  });

  it('rejects text/plain with 415', async () => {
    const response = await postRaw({ 'Content-Type': 'text/plain' }, CREDENTIALS);

    expect(response.status).toBe(415);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).toEqual({
      type: '/api/problems/unsupported-media-type',
      title: 'The format of the request body is not supported.',
      status: 415,
      detail: 'Please send the body as JSON with Content-Type: application/json.',
    });
  });

  it('rejects a form body with 415', async () => {
    const response = await postRaw(
      { 'Content-Type': 'application/x-www-form-urlencoded' },
      'email=nobody%40example.vn&password=x',
    );

    expect(response.status).toBe(415);
    expect(response.body.type).toBe('/api/problems/unsupported-media-type');
  });

  it('rejects a body without Content-Type', async () => {
    const client = await ApiClient.create();

    const response = await client.agent
      .post(LOGIN)
      .set(CSRF_HEADER, client.csrfToken)
      .serialize((body: string) => body)
      .send(CREDENTIALS)
      .unset('Content-Type');

    expect(response.status).toBe(415);
  });

  it('rejects a latin1 charset with 415', async () => {
    const response = await postRaw({ 'Content-Type': 'application/json; charset=latin1' }, CREDENTIALS);

    expect(response.status).toBe(415);
    expect(response.body.type).toBe('/api/problems/unsupported-media-type');
    expect(response.body.detail).toBe('The JSON body must be encoded as UTF-8.');
  });

  it('writes the 415 detail in Vietnamese', async () => {
    const client = await ApiClient.create();

    const response = await client.agent
      .post(LOGIN)
      .set(CSRF_HEADER, client.csrfToken)
      .set('Content-Type', 'text/plain')
      .send(CREDENTIALS);

    expect(response.status).toBe(415);
    expect(response.headers['content-language']).toBe('vi');
    expect(response.body.detail).toBe('Vui lòng gửi nội dung dạng JSON với Content-Type: application/json.');
  });

  it('accepts a bodiless POST', async () => {
    const client = await ApiClient.create();

    const response = await client.agent.post('/api/applicant/logout').set(CSRF_HEADER, client.csrfToken);

    expect(response.status).not.toBe(415);
    expect(response.status).toBeLessThan(500);
  });
});
