import { Router, type Request } from 'express';
import { z } from 'zod';

import type { AppContext } from '../../lib/app-context';
import { ValidationError } from '../../lib/errors';
import { currentApplicant } from '../../lib/principal';
import { requestLanguage } from '../../lib/request-language';
import { declarationIdParam } from '../declarations/declaration-requests';
import type { CargoDeclarationRef } from '../cargo-attachments/cargo-attachments.service';
import { readGoodsUpload } from './goods-import-file';
import {
  goodsImportCsvTemplate,
  goodsImportXlsxTemplate,
  type TemplateLanguage,
} from './goods-import-template';
import { GoodsImportService, type GoodsImportMode } from './goods-import.service';

/** Path of the goods import under `/api/applicant/businesses`. */
const IMPORT_PATH = '/:businessId/cargo-declarations/:id/goods-import';

const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ApplyFlag = z.enum(['true', 'false']).optional();
const VersionText = z.string().regex(/^[1-9]\d{0,8}$/);

function declarationRef(request: Request): CargoDeclarationRef {
  return { businessId: String(request.params['businessId']), declarationId: declarationIdParam(request) };
}

/**
 * Reads `apply` and `version` from the query or from form fields. Applying needs the version of
 * the draft that the member saw, so that a line list saved meanwhile by a colleague is not
 * replaced unseen.
 */
function importMode(request: Request, fields: Readonly<Record<string, string>>): GoodsImportMode {
  const query = request.query as Record<string, unknown>;
  const apply = ApplyFlag.safeParse(query['apply'] ?? fields['apply']);
  if (!apply.success) {
    throw new ValidationError([{ path: ['apply'], code: 'invalidOption' }]);
  }
  if (apply.data !== 'true') {
    return { apply: false };
  }

  const rawVersion = query['version'] ?? fields['version'];
  const version = VersionText.safeParse(rawVersion);
  if (!version.success) {
    const code = rawVersion === undefined ? 'required' : 'invalidVersion';
    throw new ValidationError([{ path: ['version'], code }]);
  }
  return { apply: true, version: Number(version.data) };
}

/**
 * Creates the goods import route under `/api/applicant/businesses`: POST a CSV or XLSX file as
 * multipart/form-data in the field `file`, optionally with `apply=true` and `version`.
 */
export function createGoodsImportRouter(context: AppContext): Router {
  const router = Router();
  const service = new GoodsImportService(context.sequelize);

  router.post(IMPORT_PATH, async (request, response) => {
    const applicant = currentApplicant(request);
    const ref = declarationRef(request);
    // Checked before the body is read, so a refused import is not read at all.
    await service.assertEditable(applicant, ref);

    const file = await readGoodsUpload(request);
    const mode = importMode(request, file.fields);
    response.json(await service.import(applicant, ref, file, mode, requestLanguage(request)));
  });

  return router;
}

/** Picks the template language: `?lang=` first, because a download link sends the browser's Accept-Language. */
function templateLanguage(request: Request): TemplateLanguage {
  const requested = request.query['lang'];
  if (requested === 'vi' || requested === 'en') {
    return requested;
  }
  return requestLanguage(request) === 'vi' ? 'vi' : 'en';
}

/** Creates the template downloads, `GET /api/reference/goods-import-template.csv` and `.xlsx`. */
export function createGoodsImportTemplateRouter(): Router {
  const router = Router();

  router.get('/goods-import-template.csv', (request, response) => {
    const language = templateLanguage(request);

    response.attachment(language === 'vi' ? 'mau-nhap-hang-hoa.csv' : 'goods-import-template.csv');
    response.set('Vary', 'Accept-Language').type('text/csv; charset=utf-8');
    response.send(goodsImportCsvTemplate(language));
  });

  router.get('/goods-import-template.xlsx', async (request, response) => {
    const language = templateLanguage(request);

    response.attachment(language === 'vi' ? 'mau-nhap-hang-hoa.xlsx' : 'goods-import-template.xlsx');
    response.set('Vary', 'Accept-Language').type(XLSX_MEDIA_TYPE);
    response.send(await goodsImportXlsxTemplate(language));
  });

  return router;
}
