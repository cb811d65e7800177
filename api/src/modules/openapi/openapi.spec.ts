import { ApiClient } from '../../test/api-client';

describe('OpenAPI document', () => {
  it('serves an OpenAPI 3.1 document with every contract path', async () => {
    const client = await ApiClient.create();

    const response = await client.get('/api/openapi.json').expect(200).expect('Content-Type', /json/);

    expect(response.body.openapi).toBe('3.1.0');
    expect(Object.keys(response.body.paths)).toEqual(
      jasmine.arrayContaining([
        '/api/applicant/register',
        '/api/applicant/declarations',
        '/api/applicant/declarations/{id}/submit',
        '/api/officer/declarations/{id}/approve',
        '/api/public/results/{token}',
      ]),
    );
  });

  it('resolves every schema reference', async () => {
    const client = await ApiClient.create();

    const response = await client.get('/api/openapi.json').expect(200);

    const text = JSON.stringify(response.body);
    const references = [...text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map(
      (match) => match[1],
    );
    expect(references.length).toBeGreaterThan(10);
    for (const name of new Set(references)) {
      expect(response.body.components.schemas[name]).withContext(name).toBeDefined();
    }
  });

  it('documents the draft schema from the shared models', async () => {
    const client = await ApiClient.create();

    const response = await client.get('/api/openapi.json').expect(200);

    const draft = response.body.components.schemas.CrossingDeclarationDraft;
    expect(draft.properties.travellers.maxItems).toBe(10);
    expect(draft.properties.direction.enum).toEqual(['entry', 'exit']);
  });

  it('serves the Swagger UI from local assets', async () => {
    const client = await ApiClient.create();

    const page = await client.get('/api/docs/').expect(200).expect('Content-Type', /html/);
    const script = await client.get('/api/docs/swagger-ui-bundle.js').expect(200);
    const init = await client.get('/api/docs/swagger-ui-init.js').expect(200);

    expect(page.text).not.toMatch(/(src|href)=["']https?:/);
    expect(script.text.length).toBeGreaterThan(100_000);
    expect(init.text).toContain('/api/openapi.json');
  });
});
