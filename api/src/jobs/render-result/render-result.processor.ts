import { UnrecoverableError, type Job } from 'bullmq';
import type { Sequelize } from 'sequelize';

import type { Config } from '../../lib/config';
import type { Logger } from '../../lib/logger';
import { renderSignedResultPdf } from '../../modules/results/pdf/render-signed-result-pdf';
import {
  IncompleteDeclarationError,
  findResult,
  loadResultPdfData,
  type ResultRecord,
} from '../../modules/results/result-document.repository';
import { markResultIssued, recordRenderFailure } from '../../modules/results/result-issue.repository';
import { removeStoredFile, storeResultPdf } from '../../modules/results/result-storage';
import { loadResultSigner } from '../../modules/results/signing/load-result-signer';
import { RenderResultPayload } from './render-result.job';

/** Services and settings that the render job takes from the process that runs it. */
export interface RenderResultDependencies {
  sequelize: Sequelize;
  logger: Logger;
  config: Pick<Config, 'dataDir' | 'publicBaseUrl' | 'resultSigning'>;
  /**
   * Runs after the PDF is stored and before the result is issued. Fault tests slow this step
   * down, so that a killed worker leaves a stored file that no row points to yet.
   */
  beforeIssue?: () => Promise<void>;
}

/** `issued` when this run stored the PDF; `skipped` when there was nothing left to do. */
export type RenderOutcome = 'issued' | 'skipped';

/** Only a pending (or failed, being retried) result of the job's version may be rendered. */
function isRenderable(result: ResultRecord, payload: RenderResultPayload): boolean {
  return (result.status === 'pending' || result.status === 'failed') && result.version === payload.version;
}

/**
 * Renders, stores and issues one result. Idempotent: a run for a result that is already
 * issued, revoked or of another version changes nothing, and when two runs race, the row
 * lock lets one commit while the other removes its own file.
 */
export async function renderResult(
  dependencies: RenderResultDependencies,
  payload: RenderResultPayload,
): Promise<RenderOutcome> {
  const { sequelize, config } = dependencies;
  const result = await findResult(sequelize, payload.resultId);
  if (!result) {
    throw new UnrecoverableError(`Result ${payload.resultId} does not exist`);
  }
  if (!isRenderable(result, payload)) {
    return 'skipped';
  }

  const signer = loadResultSigner(config.resultSigning);
  const issuedAt = new Date();
  const data = await loadResultPdfData(sequelize, result, config);
  const pdf = await renderSignedResultPdf({ ...data, issuedAt }, signer);
  const stored = await storeResultPdf(config.dataDir, pdf);

  try {
    await dependencies.beforeIssue?.();
    const issued = await sequelize.transaction(async (transaction) => {
      const locked = await findResult(sequelize, result.id, transaction);
      if (!locked || !isRenderable(locked, payload)) {
        return false;
      }
      await markResultIssued(sequelize, transaction, {
        resultId: result.id,
        declarationId: result.declarationId,
        pdf: stored,
        issuedAt,
      });
      return true;
    });

    if (!issued) {
      await removeStoredFile(config.dataDir, stored.relativePath);
    }
    return issued ? 'issued' : 'skipped';
  } catch (error) {
    await removeStoredFile(config.dataDir, stored.relativePath);
    throw error;
  }
}

function parsePayload(data: unknown): RenderResultPayload {
  const parsed = RenderResultPayload.safeParse(data);
  if (!parsed.success) {
    throw new UnrecoverableError('Invalid render-result payload');
  }
  return parsed.data;
}

/** Builds the BullMQ processor: it logs each run and records failures on the result row. */
export function createRenderResultProcessor(dependencies: RenderResultDependencies) {
  const log = dependencies.logger.child({ module: 'render-result' });

  return async (job: Job): Promise<RenderOutcome> => {
    const started = performance.now();
    const payload = parsePayload(job.data);
    const fields = { jobId: job.id, resultId: payload.resultId, attempt: job.attemptsMade + 1 };

    try {
      const outcome = await renderResult(dependencies, payload);
      const durationMs = Math.round(performance.now() - started);
      log.info(
        { event: 'result.render.completed', ...fields, outcome, durationMs },
        'Result render finished',
      );
      return outcome;
    } catch (error) {
      const unrecoverable =
        error instanceof UnrecoverableError || error instanceof IncompleteDeclarationError;
      const final = unrecoverable || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      const message = error instanceof Error ? error.message : String(error);

      await recordRenderFailure(dependencies.sequelize, {
        resultId: payload.resultId,
        error: message,
        final,
      }).catch((recordError: unknown) =>
        log.error(
          { event: 'result.render.record_failed', ...fields, err: recordError },
          'Could not record failure',
        ),
      );
      log.warn({ event: 'result.render.failed', ...fields, final, err: error }, 'Result render failed');

      throw error instanceof IncompleteDeclarationError ? new UnrecoverableError(error.message) : error;
    }
  };
}
