import { Writable } from 'node:stream';

import express from 'express';
import supertest from 'supertest';

import { testEnvironment } from '../test/test-environment';
import { httpLogger } from './http-logger';
import { createLogger } from './logger';
import { problemHandler } from './problem-handler';

/** Creates a pino destination that keeps every line. */
function capture(): { lines: Record<string, unknown>[]; stream: Writable } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, stream };
}

/**
 * Builds an app whose one route stores `?value=` in a temporary `varchar(5)` column with a
 * check that rejects `no`, in the test database, as a route whose input checks missed a limit would.
 */
function storingApp(stream: Writable) {
  const { sequelize } = testEnvironment();
  const app = express();
  app.use(httpLogger(createLogger({ logLevel: 'info' }, stream)));

  app.get('/store', async (request, response) => {
    await sequelize.transaction(async (transaction) => {
      await sequelize.query(
        `CREATE TEMPORARY TABLE stored_values (
           value varchar(5) CONSTRAINT stored_values_allowed CHECK (value <> 'no')
         ) ON COMMIT DROP`,
        { transaction },
      );
      await sequelize.query('INSERT INTO stored_values (value) VALUES (:value)', {
        replacements: { value: String(request.query['value']) },
        transaction,
      });
    });
    response.status(204).end();
  });

  app.use(problemHandler);
  return app;
}

describe('database rejections of values', () => {
  it('map a value too long to 400', async () => {
    const { lines, stream } = capture();

    const response = await supertest(storingApp(stream)).get('/store?value=Nguyen-Van-An');

    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.type).toBe('/api/problems/validation-failed');
    expect(response.body.detail).toContain('quá dài');
    const warning = lines.find((line) => line['event'] === 'request.value_rejected');
    expect(warning).toEqual(jasmine.objectContaining({ level: 40, code: '22001' }));
    expect(JSON.stringify(lines)).not.toContain('Nguyen-Van-An');
  });

  it('map a check violation to 400', async () => {
    const { lines, stream } = capture();

    const response = await supertest(storingApp(stream)).get('/store?value=no').set('Accept-Language', 'en');

    expect(response.status).toBe(400);
    expect(response.body.detail).toBe(
      'A value is too long or out of the allowed range. Please check the entered data.',
    );
    const warning = lines.find((line) => line['event'] === 'request.value_rejected');
    expect(warning).toEqual(jasmine.objectContaining({ code: '23514', constraint: 'stored_values_allowed' }));
  });

  it('leave valid values stored', async () => {
    const { stream } = capture();

    await supertest(storingApp(stream)).get('/store?value=ok').expect(204);
  });
});
