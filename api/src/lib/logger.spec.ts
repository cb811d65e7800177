import { Writable } from 'node:stream';

import { createLogger, serializeError } from './logger';
import { runWithRequestContext } from './request-context';

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

describe('createLogger', () => {
  it('adds the request id to lines written during a request', async () => {
    const { lines, stream } = capture();
    const sut = createLogger({ logLevel: 'info' }, stream).child({ module: 'test' });

    runWithRequestContext({ requestId: 'request-1' }, () => sut.info('inside'));
    sut.info('outside');
    await new Promise((resolve) => setImmediate(resolve));

    expect(lines[0]).toEqual(
      jasmine.objectContaining({ requestId: 'request-1', module: 'test', msg: 'inside' }),
    );
    expect(lines[1]['requestId']).toBeUndefined();
  });

  it('redacts passwords and cookies', async () => {
    const { lines, stream } = capture();
    const sut = createLogger({ logLevel: 'info' }, stream);

    sut.info({ password: 'secret', req: { headers: { cookie: 'sg_applicant_sid=abc' } } }, 'attempt');
    await new Promise((resolve) => setImmediate(resolve));

    expect(JSON.stringify(lines[0])).not.toContain('secret');
    expect(JSON.stringify(lines[0])).not.toContain('abc');
  });

  it('drops lines below the configured level', async () => {
    const { lines, stream } = capture();
    const sut = createLogger({ logLevel: 'warn' }, stream);

    sut.info('hidden');
    sut.warn('shown');
    await new Promise((resolve) => setImmediate(resolve));

    expect(lines.map((line) => line['msg'])).toEqual(['shown']);
  });
});

describe('serializeError', () => {
  it('drops SQL parameters and details of database errors', () => {
    const error = Object.assign(new Error('insert violates foreign key constraint'), {
      name: 'SequelizeForeignKeyConstraintError',
      sql: 'INSERT INTO declaration_travellers ...',
      parameters: ['Nguyễn Văn An', 'C1234567'],
      original: { code: '23503', detail: 'Key (gate_code)=(ZZ) is not present' },
    });

    const sut = serializeError(error);

    expect(sut).toEqual(
      jasmine.objectContaining({ type: 'SequelizeForeignKeyConstraintError', code: '23503' }),
    );
    expect(JSON.stringify(sut)).not.toContain('Nguyễn');
    expect(JSON.stringify(sut)).not.toContain('ZZ');
  });
});
