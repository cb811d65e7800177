import { rm } from 'node:fs/promises';

import { testEnvironment } from '../../test/test-environment';
import { renderResult } from '../../jobs/render-result/render-result.processor';
import { approvedDeclaration } from './results-fixtures';
import { findResultPdf } from './results.service';

describe('findResultPdf', () => {
  it('returns the stored file named by the result number', async () => {
    const { config, logger, sequelize } = testEnvironment();
    const approved = await approvedDeclaration(sequelize);
    await renderResult({ config, logger, sequelize }, { resultId: approved.resultId, version: 1 });

    const pdf = await findResultPdf({ config, logger, sequelize }, approved.declarationId);

    expect(pdf?.fileName).toMatch(/^LT-\d{4}-\d{6}\.pdf$/);
    expect(pdf?.filePath.startsWith(`${config.dataDir}/results/`)).toBeTrue();
  });

  it('returns null before the result is issued', async () => {
    const { config, logger, sequelize } = testEnvironment();
    const approved = await approvedDeclaration(sequelize);

    expect(await findResultPdf({ config, logger, sequelize }, approved.declarationId)).toBeNull();
  });

  it('returns null when the stored file is gone', async () => {
    const { config, logger, sequelize } = testEnvironment();
    const approved = await approvedDeclaration(sequelize);
    await renderResult({ config, logger, sequelize }, { resultId: approved.resultId, version: 1 });
    const stored = await findResultPdf({ config, logger, sequelize }, approved.declarationId);
    await rm(stored?.filePath ?? '');

    expect(await findResultPdf({ config, logger, sequelize }, approved.declarationId)).toBeNull();
  });
});
