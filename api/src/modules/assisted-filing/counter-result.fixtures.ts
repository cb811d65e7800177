import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { QueryTypes } from 'sequelize';

import { renderResult } from '../../jobs/render-result/render-result.processor';
import type { ApiClient } from '../../test/api-client';
import { testEnvironment } from '../../test/test-environment';

const run = promisify(execFile);

/** Collects a binary response body, which supertest leaves unparsed for application/pdf. */
function binaryParser(response: unknown, callback: (error: Error | null, body: Buffer) => void): void {
  const stream = response as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** Extracts the text of a PDF with poppler's pdftotext. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'counter-printing-'));
  try {
    await writeFile(path.join(folder, 'result.pdf'), pdf);
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path.join(folder, 'result.pdf'), '-']);
    return stdout;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Runs the render job of a declaration's result, as the worker does after the outbox relay. */
export async function issueResultOf(declarationId: string): Promise<void> {
  const { config, logger, sequelize } = testEnvironment();
  const [result] = await sequelize.query<{ id: string }>(
    `SELECT id FROM results WHERE declaration_id = :declarationId`,
    { replacements: { declarationId }, type: QueryTypes.SELECT },
  );
  expect(await renderResult({ config, logger, sequelize }, { resultId: result.id, version: 1 })).toBe(
    'issued',
  );
}

/** Reads a declaration's result PDF as an officer, with the bytes in `body`. */
export function resultPdf(client: ApiClient, declarationId: string) {
  return client.get(`/api/officer/declarations/${declarationId}/result.pdf`).buffer(true).parse(binaryParser);
}
