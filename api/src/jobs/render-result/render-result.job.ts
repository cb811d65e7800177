import { z } from 'zod';

/** Name of the job (and of its queue) that renders and stores a result PDF. */
export const RENDER_RESULT_JOB = 'render-result';

/** Payload of a render job: ids only, never personal data, because Redis keeps it in plain text. */
export const RenderResultPayload = z.object({
  resultId: z.uuid(),
  version: z.number().int().min(1),
});
export type RenderResultPayload = z.infer<typeof RenderResultPayload>;

/**
 * Builds the deterministic job id, so that adding the same render twice is a no-op while the
 * first job is still in Redis. BullMQ rejects most ids containing ":", hence the dashes.
 */
export function renderResultJobId(payload: RenderResultPayload): string {
  return `${RENDER_RESULT_JOB}-${payload.resultId}-v${payload.version}`;
}
