import type { DeclarationStatus } from '@smartgate/shared-models';

/** Statuses in which the applicant edits and submits the declaration: a draft, or one an officer sent back for changes. */
export const EDITABLE_STATUSES: readonly DeclarationStatus[] = ['draft', 'changes_requested'];

/** Statuses from which the applicant may withdraw the declaration: every status before an officer decides it. */
export const WITHDRAWABLE_STATUSES: readonly DeclarationStatus[] = [
  'draft',
  'submitted',
  'changes_requested',
];
