import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

import { QueryTypes } from 'sequelize';

import { approvedDeclaration } from '../../modules/results/results-fixtures';
import { testEnvironment } from '../../test/test-environment';
import { renderResult } from './render-result.processor';

const run = promisify(execFile);

describe('renderResult signature', () => {
  it('stores a PDF whose signature pdfsig accepts', async () => {
    const { config, logger, sequelize } = testEnvironment();
    const { resultId } = await approvedDeclaration(sequelize);

    await renderResult({ config, logger, sequelize }, { resultId, version: 1 });

    const [row] = await sequelize.query<{ pdfPath: string }>(
      `SELECT pdf_path AS "pdfPath" FROM results WHERE id = :resultId`,
      { replacements: { resultId }, type: QueryTypes.SELECT },
    );
    const { stdout } = await run('pdfsig', [path.join(config.dataDir, row.pdfPath)]);
    expect(stdout).toContain('Signature Validation: Signature is Valid.');
    expect(stdout).toContain('Total document signed');
    expect(stdout).toContain('Signature Type: ETSI.CAdES.detached');
  });

  it('fails without signing settings', async () => {
    const { config, logger, sequelize } = testEnvironment();
    const { resultId } = await approvedDeclaration(sequelize);
    const unsigned = { ...config, resultSigning: undefined };

    await expectAsync(
      renderResult({ config: unsigned, logger, sequelize }, { resultId, version: 1 }),
    ).toBeRejectedWithError(/RESULT_SIGNING_P12_PATH is required/);
  });
});
