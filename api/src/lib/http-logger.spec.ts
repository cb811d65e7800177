import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';

import express from 'express';
import supertest from 'supertest';

import { httpLogger, pathForLog } from './http-logger';
import { createLogger } from './logger';

/** Creates a pino destination that keeps every line as text. */
function capture(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, stream };
}

/** Builds an app with the real request logger that returns 200 for every path, as the SPA fallback does. */
function loggedApp(stream: Writable) {
  const app = express();
  app.use(httpLogger(createLogger({ logLevel: 'info' }, stream)));
  app.use((_request, response) => {
    response.send('ok');
  });
  return app;
}

describe('request log lines', () => {
  const token = randomBytes(32).toString('base64url');

  for (const path of [
    `/verify/${token}`,
    `/verify/${token}?lang=en`,
    `/api/public/results/${token}`,
    `/API/Public/Results/${token}`,
    `//verify//${token}`,
    `/verify%2F${token}`,
  ]) {
    it(`leave out the token of ${path.replace(token, '<token>')}`, async () => {
      const { lines, stream } = capture();

      await supertest(loggedApp(stream)).get(path).expect(200);
      await new Promise((resolve) => setImmediate(resolve));

      expect(lines.length).toBe(1);
      expect(lines[0]).not.toContain(token);
      expect(lines[0]).toContain(':token');
    });
  }

  it('keep other paths as they are, without the query', async () => {
    const { lines, stream } = capture();

    await supertest(loggedApp(stream)).get('/api/public/gates?secret=1').expect(200);
    await new Promise((resolve) => setImmediate(resolve));

    const line = JSON.parse(lines[0]) as { req: { path: string }; msg: string };
    expect(line.req.path).toBe('/api/public/gates');
    expect(line.msg).toBe('GET /api/public/gates 200');
  });
});

describe('pathForLog', () => {
  it('masks the verification page and API', () => {
    expect(pathForLog('/verify/abc')).toBe('/verify/:token');
    expect(pathForLog('/verify/abc/extra')).toBe('/verify/:token');
    expect(pathForLog('/api/public/results/abc')).toBe('/api/public/results/:token');
  });

  it('leaves look-alike paths unmasked', () => {
    expect(pathForLog('/verify')).toBe('/verify');
    expect(pathForLog('/verifyabc')).toBe('/verifyabc');
    expect(pathForLog('/api/public/gates')).toBe('/api/public/gates');
  });
});
