import { PassThrough } from 'node:stream';

import type { Request } from 'express';

import { ClientRequestError } from './errors';
import { readMultipartFile, type MultipartFileOptions } from './multipart-file';

const BOUNDARY = 'spec-boundary';

const OPTIONS: MultipartFileOptions = {
  fileField: 'file',
  maxBytes: 1024,
  formatError: (status) => new ClientRequestError(status, 'unreadableBody'),
  tooLarge: () => new ClientRequestError(413, 'unreadableBody'),
  missing: () => new ClientRequestError(400, 'unreadableBody'),
};

/** A request whose body is the given bytes, as Express hands it to a route. */
function multipartRequest(body: string): Request {
  const stream = new PassThrough();
  const request = Object.assign(stream, {
    headers: {
      'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
      'content-length': String(Buffer.byteLength(body)),
    },
    is: (type: string) => (type === 'multipart/form-data' ? type : false),
  });
  stream.end(body);
  return request as unknown as Request;
}

/** Waits until the streams' pending error events have been emitted. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 20));
}

describe('readMultipartFile', () => {
  it('rejects a body cut inside the file', async () => {
    const uncaught: unknown[] = [];
    const record = (error: unknown) => uncaught.push(error);
    process.prependListener('uncaughtException', record);
    const body =
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n` +
      'Content-Type: application/pdf\r\n\r\n%PDF-1.4 cut off here';

    try {
      const sut = readMultipartFile(multipartRequest(body), OPTIONS);

      await expectAsync(sut).toBeRejectedWith(jasmine.objectContaining({ status: 400 }));
      await settle();
    } finally {
      process.removeListener('uncaughtException', record);
    }
    expect(uncaught).toEqual([]);
  });

  it('rejects a body cut inside a skipped file', async () => {
    const uncaught: unknown[] = [];
    const record = (error: unknown) => uncaught.push(error);
    process.prependListener('uncaughtException', record);
    const body =
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="other"; filename="a.pdf"\r\n` +
      'Content-Type: application/pdf\r\n\r\n%PDF-1.4 cut off here';

    try {
      const sut = readMultipartFile(multipartRequest(body), OPTIONS);

      await expectAsync(sut).toBeRejectedWith(jasmine.objectContaining({ status: 400 }));
      await settle();
    } finally {
      process.removeListener('uncaughtException', record);
    }
    expect(uncaught).toEqual([]);
  });

  it('reads a complete body', async () => {
    const body =
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n` +
      `Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--${BOUNDARY}--\r\n`;

    const file = await readMultipartFile(multipartRequest(body), OPTIONS);

    expect(file.bytes.toString()).toBe('%PDF-1.4');
    expect(file.fileName).toBe('a.pdf');
  });
});
