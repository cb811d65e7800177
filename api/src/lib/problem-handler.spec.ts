import { ApiClient } from '../test/api-client';
import { completeDraft, signedInApplicant, signedInOfficer, travellerInput } from '../test/factories';

describe('problem responses', () => {
  it('answers malformed JSON with 400 problem+json', async () => {
    const client = await ApiClient.create();

    const response = await client
      .post('/api/applicant/login')
      .set('Content-Type', 'application/json')
      .send('{"email":');

    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.type).toBe('/api/problems/validation-failed');
  });

  it('answers an oversized body with 413', async () => {
    const { client } = await signedInApplicant();
    const huge = { ...completeDraft(), padding: 'x'.repeat(600_000) };

    const response = await client.post('/api/applicant/declarations', huge);

    expect(response.status).toBe(413);
    expect(response.body.type).toBe('/api/problems/payload-too-large');
  });

  it('writes messages in Vietnamese by default', async () => {
    const client = await ApiClient.create();

    const response = await client.post('/api/applicant/register', { email: 'not-an-address' }).expect(400);

    expect(response.headers['content-language']).toBe('vi');
    expect(response.body.title).toBe('Dữ liệu không hợp lệ.');
    const email = response.body.errors.find((error: { path: string }) => error.path === 'email');
    expect(email).toEqual({
      path: 'email',
      code: 'invalidEmail',
      message: 'E-mail: địa chỉ e-mail không hợp lệ.',
    });
  });

  it('writes messages in English when Accept-Language asks', async () => {
    const client = await ApiClient.create({ language: 'en-GB,en;q=0.9' });

    const response = await client.post('/api/applicant/register', { email: 'not-an-address' }).expect(400);

    expect(response.headers['content-language']).toBe('en');
    expect(response.body.title).toBe('The request contains invalid data.');
    const paths = response.body.errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(jasmine.arrayWithExactContents(['email', 'password', 'fullName']));
    expect(response.body.errors[0].message).toContain('is not a valid e-mail address');
  });

  it('falls back to Vietnamese for other languages', async () => {
    const client = await ApiClient.create({ language: 'fr' });

    const response = await client.get('/api/applicant/me').expect(401);

    expect(response.body.title).toBe('Bạn chưa đăng nhập.');
  });

  it('answers unknown API paths with 404 problem+json', async () => {
    const client = await ApiClient.create();

    const response = await client.get('/api/no-such-thing').expect(404);

    expect(response.body).toEqual(jasmine.objectContaining({ type: '/api/problems/not-found', status: 404 }));
  });

  it('echoes a request id header', async () => {
    const client = await ApiClient.create();

    const generated = await client.get('/api/health').expect(200);
    const forwarded = await client.get('/api/health').set('X-Request-Id', 'req-12345678').expect(200);

    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(forwarded.headers['x-request-id']).toBe('req-12345678');
  });
});

describe('request body checks', () => {
  it('rejects NUL characters naming the field', async () => {
    const { client } = await signedInApplicant();
    const draft = completeDraft({ purposeCode: 'work\u0000' });

    const response = await client.post('/api/applicant/declarations', draft).expect(400);

    expect(response.body.errors).toEqual([
      jasmine.objectContaining({ path: 'purposeCode', code: 'invalid' }),
    ]);
  });

  it('lists every NUL field in body order', async () => {
    const { client } = await signedInApplicant();
    const draft = completeDraft({
      purposeCode: 'work\u0000',
      travellers: [travellerInput({ fullName: 'An\u0000' }), travellerInput({ documentNumber: 'C\u00001' })],
    });

    const response = await client.post('/api/applicant/declarations', draft).expect(400);

    const paths = response.body.errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(['purposeCode', 'travellers.0.fullName', 'travellers.1.documentNumber']);
  });

  it('names the body when it is not an object', async () => {
    const { client } = await signedInApplicant();

    const response = await client.post('/api/applicant/declarations', [1, 2]).expect(400);

    expect(response.body.errors[0].path).toBe('');
    expect(response.body.errors[0].message).toMatch(/^Nội dung yêu cầu/);
  });
});

describe('malformed percent-encoding in paths', () => {
  const MALFORMED = '%E0%A4%A';

  it('rejects an applicant declaration id', async () => {
    const { client } = await signedInApplicant();

    const response = await client.get(`/api/applicant/declarations/${MALFORMED}`);

    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.type).toBe('/api/problems/validation-failed');
    expect(response.body.detail).toContain('mã phần trăm (%)');
  });

  it('rejects a result token', async () => {
    const client = await ApiClient.create({ language: 'en' });

    const response = await client.get(`/api/public/results/${MALFORMED}`);

    expect(response.status).toBe(400);
    expect(response.body.detail).toBe(
      'The request address contains invalid percent-encoding (%). Please check the link.',
    );
  });

  it('rejects an officer decision', async () => {
    const { client } = await signedInOfficer();

    const response = await client.post(`/api/officer/declarations/${MALFORMED}/approve`, { version: 1 });

    expect(response.status).toBe(400);
    expect(response.body.type).toBe('/api/problems/validation-failed');
  });
});
