import { BusinessRecordDeletion } from '@smartgate/shared-models';
import { Router } from 'express';
import type { z } from 'zod';

import type { AppContext } from '../../lib/app-context';
import { currentApplicant } from '../../lib/principal';
import { parseRequest } from '../../lib/validation';
import { idParam, parseNestedUpdate } from './business-requests';
import {
  BusinessRecordsService,
  type BusinessRecord,
  type BusinessRecordKind,
} from './business-records.service';

/** The schemas of one kind of record: a new record, and an update `{ version, [field]: {...} }`. */
export interface BusinessRecordSchemas<Input extends z.ZodType, Update extends z.ZodType> {
  input: Input;
  update: Update;
  /** The field of the update that contains the record's fields, or null when they sit beside `version`. */
  nestedField: string | null;
}

const NO_STORE = 'private, no-store';

/**
 * Creates the CRUD routes of one kind of business record, mounted under
 * `/api/applicant/businesses/:businessId/<records>` with `mergeParams`.
 */
export function createBusinessRecordsRouter<
  M extends BusinessRecord,
  View,
  Input extends z.ZodType,
  Update extends z.ZodType,
>(
  context: AppContext,
  kind: BusinessRecordKind<M, z.output<Input>, View>,
  schemas: BusinessRecordSchemas<Input, Update>,
): Router {
  const router = Router({ mergeParams: true });
  const service = new BusinessRecordsService(context.sequelize, kind);

  function parseUpdate(body: unknown): { version: number; input: z.output<Input> } {
    if (schemas.nestedField === null) {
      const { version, ...input } = parseRequest(schemas.update, body) as { version: number };
      return { version, input: input as z.output<Input> };
    }
    const update = parseNestedUpdate(schemas.update, body, schemas.nestedField) as Record<string, unknown>;
    return { version: update['version'] as number, input: update[schemas.nestedField] as z.output<Input> };
  }

  router.get('/', async (request, response) => {
    const applicant = currentApplicant(request);
    const businessId = idParam(request, 'businessId');

    response.set('Cache-Control', NO_STORE).json(await service.list(applicant, businessId));
  });

  router.post('/', async (request, response) => {
    const applicant = currentApplicant(request);
    const businessId = idParam(request, 'businessId');
    const input = parseRequest(schemas.input, request.body);

    response.status(201).json(await service.create(applicant, businessId, input));
  });

  router.get('/:recordId', async (request, response) => {
    const applicant = currentApplicant(request);
    const businessId = idParam(request, 'businessId');
    const id = idParam(request, 'recordId');

    response.set('Cache-Control', NO_STORE).json(await service.view(applicant, businessId, id));
  });

  router.put('/:recordId', async (request, response) => {
    const applicant = currentApplicant(request);
    const businessId = idParam(request, 'businessId');
    const id = idParam(request, 'recordId');
    const { version, input } = parseUpdate(request.body);

    response.json(await service.update(applicant, businessId, id, version, input));
  });

  router.delete('/:recordId', async (request, response) => {
    const applicant = currentApplicant(request);
    const businessId = idParam(request, 'businessId');
    const id = idParam(request, 'recordId');
    const { version } = parseRequest(BusinessRecordDeletion, request.query);

    await service.remove(applicant, businessId, id, version);
    response.status(204).end();
  });

  return router;
}
