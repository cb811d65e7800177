/**
 * `npm run audit:verify`: checks the hash chain of the audit log in the database of DATABASE_URL.
 * Exits 0 when the chain is intact, 1 at the first broken row, 2 when the check could not run.
 * `--json` prints the report as one JSON object instead of a sentence.
 */
import { ConfigError, loadDatabaseUrl } from './lib/config';
import { createSequelize } from './lib/db';
import { createLogger } from './lib/logger';
import { describeAuditChainReport } from './modules/audit/audit-chain-report';
import { verifyAuditChain } from './modules/audit/audit-chain-verifier';

async function main(): Promise<number> {
  const databaseUrl = loadDatabaseUrl(process.env);
  const logger = createLogger({ logLevel: 'warn' });
  const sequelize = createSequelize({ databaseUrl }, logger);

  try {
    const report = await verifyAuditChain(sequelize);
    const output = process.argv.includes('--json')
      ? JSON.stringify(report)
      : describeAuditChainReport(report);
    process.stdout.write(`${output}\n`);
    return report.firstBreak ? 1 : 0;
  } finally {
    await sequelize.close();
  }
}

main().then(
  (exitCode) => process.exit(exitCode),
  (error: unknown) => {
    const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`Audit chain verification failed to run: ${message}\n`);
    process.exit(2);
  },
);
