/** Statuses an officer can list. Drafts stay private to their applicant. */
export const QUEUE_STATUSES = ['submitted', 'approved', 'issued', 'rejected'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

export const DEFAULT_PAGE_SIZE = 20;
export const PAGE_SIZE_OPTIONS = [10, 20, 50] as const;

/** One page of the officers' declaration list. `page` starts at 1, as in the API. */
export interface DeclarationQuery {
  status: QueueStatus;
  page: number;
  pageSize: number;
}

/** Reads a status from a URL query parameter, falling back to the review queue. */
export function parseQueueStatus(value: string | null | undefined): QueueStatus {
  return QUEUE_STATUSES.find((status) => status === value) ?? 'submitted';
}

/** Reads a positive whole number from a URL query parameter, or returns the fallback. */
export function parsePositiveInteger(value: string | null | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 1 ? parsed : fallback;
}

/** Reads a page size from a URL query parameter, accepting only the sizes the paginator offers. */
export function parsePageSize(value: string | null | undefined): number {
  const parsed = Number(value);
  return PAGE_SIZE_OPTIONS.find((size) => size === parsed) ?? DEFAULT_PAGE_SIZE;
}
