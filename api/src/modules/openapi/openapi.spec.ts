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
        '/api/applicant/businesses/{businessId}/vehicles/{recordId}',
        '/api/applicant/business-invitations/accept',
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

  it('documents the camera endpoint with its API key', async () => {
    const client = await ApiClient.create();

    const response = await client.get('/api/openapi.json').expect(200);

    const plateReads = response.body.paths['/api/gate/plate-reads'].post;
    expect(plateReads.security).toEqual([{ cameraBearer: [] }, { cameraApiKey: [] }]);
    expect(Object.keys(plateReads.responses)).toEqual(jasmine.arrayContaining(['201', '401', '429']));
    expect(response.body.components.securitySchemes.cameraApiKey).toEqual(
      jasmine.objectContaining({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }),
    );
    const events = response.body.paths['/api/officer/gate/events'].get;
    expect(Object.keys(events.responses['200'].content)).toEqual(['text/event-stream']);
    expect(events.parameters[0].name).toBe('gate');
    expect(response.body.paths['/api/officer/assisted-declarations/photos'].post).toBeDefined();
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
