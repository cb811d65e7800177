import { renderResultPdf } from '../api/src/modules/results/pdf/render-result-pdf';
import { renderSignedResultPdf } from '../api/src/modules/results/pdf/render-signed-result-pdf';
import { demoSigningEnvironment } from '../api/src/modules/results/signing/demo-certificate';
import { loadResultSigner } from '../api/src/modules/results/signing/load-result-signer';
import type { RenderFunction } from './render-speed';

/** Work that a measured worker does with each document. */
export type RenderStage = 'render' | 'render+sign';

export const RENDER_STAGES: readonly RenderStage[] = ['render', 'render+sign'];

/**
 * Returns the function of a stage. Signing uses the demo certificate that the API specs
 * use (created once in the temporary directory), with the worker's own signing code.
 */
export function renderFunction(stage: RenderStage): RenderFunction {
  if (stage === 'render') {
    return (data) => renderResultPdf(data);
  }

  const demo = demoSigningEnvironment();
  const signer = loadResultSigner({
    p12Path: demo.RESULT_SIGNING_P12_PATH,
    password: demo.RESULT_SIGNING_P12_PASSWORD,
  });
  return (data) => renderSignedResultPdf(data, signer);
}
