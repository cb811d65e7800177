import type { DeclarationStatus, DeclarationView } from '@smartgate/shared-models';

/** A status change as the API may list it in `history`. */
export interface StatusChange {
  status: DeclarationStatus;
  at: string;
}

/** One line of the timeline: a translation key and an ISO timestamp. */
export interface TimelineEntry {
  labelKey: string;
  at: string;
}

/** Lists each round of changes requested and each resubmission that answered one. */
function changeRequestEntries(declaration: DeclarationView): TimelineEntry[] {
  return (declaration.changeRequests ?? []).flatMap((round) => [
    { labelKey: 'declarations.history.changes_requested', at: round.requestedAt },
    ...(round.resubmittedAt
      ? [{ labelKey: 'declarations.history.resubmitted', at: round.resubmittedAt }]
      : []),
  ]);
}

/**
 * Lists a declaration's status changes, oldest first. When the API sends no `history`, the list
 * is rebuilt from the declaration's own timestamps (created, submitted, decided, result issued)
 * and its rounds of changes requested.
 */
export function statusTimeline(declaration: DeclarationView & { history?: StatusChange[] }): TimelineEntry[] {
  if (Array.isArray(declaration.history) && declaration.history.length > 0) {
    return declaration.history.map((change) => ({
      labelKey: `declarations.history.${change.status}`,
      at: change.at,
    }));
  }

  const decision = declaration.status === 'rejected' ? 'rejected' : 'approved';
  const candidates: { status: DeclarationStatus; at: string | null | undefined }[] = [
    { status: 'draft', at: declaration.createdAt },
    { status: 'submitted', at: declaration.submittedAt },
    { status: decision, at: declaration.decidedAt },
    { status: 'issued', at: declaration.result?.issuedAt },
  ];

  const statusEntries = candidates
    .filter((candidate): candidate is { status: DeclarationStatus; at: string } => !!candidate.at)
    .map((candidate) => ({ labelKey: `declarations.history.${candidate.status}`, at: candidate.at }));
  return [...statusEntries, ...changeRequestEntries(declaration)].sort(
    (first, second) => Date.parse(first.at) - Date.parse(second.at),
  );
}
