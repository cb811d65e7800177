import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import express, { type Express } from 'express';
import supertest from 'supertest';

import { createLogger } from './logger';
import { mountStaticApps } from './static-apps';

describe('mountStaticApps', () => {
  let distDir: string;
  let app: Express;

  beforeEach(async () => {
    distDir = await mkdtemp(path.join(tmpdir(), 'sg-dist-'));
    for (const name of ['portal', 'backoffice']) {
      await mkdir(path.join(distDir, name, 'browser'), { recursive: true });
      await writeFile(path.join(distDir, name, 'browser', 'index.html'), `<title>${name}</title>`);
      await writeFile(path.join(distDir, name, 'browser', 'main.js'), `console.log('${name}');`);
    }
    app = express();
    mountStaticApps(app, distDir, createLogger({ logLevel: 'silent' }));
  });

  afterEach(async () => {
    await rm(distDir, { recursive: true, force: true });
  });

  it('serves the portal at the root', async () => {
    const response = await supertest(app).get('/').expect(200);

    expect(response.text).toContain('<title>portal</title>');
  });

  it('falls back to the portal index for deep links', async () => {
    const response = await supertest(app).get('/declarations/new').set('Accept', 'text/html').expect(200);

    expect(response.text).toContain('<title>portal</title>');
  });

  it('serves the back office under its base path', async () => {
    const index = await supertest(app)
      .get('/backoffice/declarations/42')
      .set('Accept', 'text/html')
      .expect(200);
    const script = await supertest(app).get('/backoffice/main.js').expect(200);

    expect(index.text).toContain('<title>backoffice</title>');
    expect(script.text).toContain("'backoffice'");
  });

  it('returns 404 for a missing asset', async () => {
    await supertest(app).get('/chunk-MISSING.js').expect(404);
  });

  it('skips an app that is not built', async () => {
    const empty = express();
    mountStaticApps(empty, path.join(distDir, 'nothing'), createLogger({ logLevel: 'silent' }));

    await supertest(empty).get('/').expect(404);
  });
});
