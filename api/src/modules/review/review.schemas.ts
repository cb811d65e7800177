import { PageQuery } from '@smartgate/shared-models';
import { z } from 'zod';

/** Statuses an officer can list. Drafts belong to their applicant alone. */
export const ReviewableStatus = z.enum(['submitted', 'approved', 'issued', 'rejected'], {
  error: 'invalidOption',
});
export type ReviewableStatus = z.infer<typeof ReviewableStatus>;

/** Query of `GET /api/officer/declarations`: a status (submitted by default) and a page. */
export const ReviewQueueQuery = PageQuery.extend({
  status: ReviewableStatus.default('submitted'),
});
export type ReviewQueueQuery = z.infer<typeof ReviewQueueQuery>;
