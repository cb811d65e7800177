import path from 'node:path';

import { tsImport } from 'tsx/esm/api';

import { say } from './output.mjs';

/**
 * Sets RESULT_SIGNING_P12_PATH and RESULT_SIGNING_P12_PASSWORD to a self-signed demo
 * certificate kept in `var/result-signing` when no certificate is configured, so result PDFs
 * are signed out of the box. PDF readers will not trust that certificate.
 */
export async function provideResultSigning(root, env) {
  if (env.RESULT_SIGNING_P12_PATH) {
    say('Using RESULT_SIGNING_P12_PATH to sign result PDFs');
    return;
  }

  const { ensureDemoCertificate } = await tsImport(
    '../../api/src/modules/results/signing/demo-certificate.ts',
    import.meta.url,
  );
  const folder = path.join(root, 'var', 'result-signing');
  const certificate = ensureDemoCertificate(folder);
  env.RESULT_SIGNING_P12_PATH = certificate.p12Path;
  env.RESULT_SIGNING_P12_PASSWORD = certificate.password;

  const origin = certificate.created ? 'created a new' : 'using the';
  say(
    `RESULT_SIGNING_P12_PATH is not set: ${origin} self-signed DEMO certificate in ` +
      `${path.relative(root, path.dirname(certificate.p12Path))} to sign result PDFs. ` +
      "PDF readers will not trust it; set RESULT_SIGNING_P12_PATH and RESULT_SIGNING_P12_PASSWORD to the issuing unit's certificate for real use.",
  );
}
