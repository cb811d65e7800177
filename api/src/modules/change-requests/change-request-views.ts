import type { ChangeRequestView, DeclarationView } from '@smartgate/shared-models';

import type { ChangeRequestModel } from './change-requests.models';
import { findChangeRequests } from './change-requests.repository';

/** Who reads the view: only officers see which officer asked for the changes. */
export type ChangeRequestAudience = 'applicant' | 'officer';

function toChangeRequestView(model: ChangeRequestModel, audience: ChangeRequestAudience): ChangeRequestView {
  const view: ChangeRequestView = {
    round: model.round,
    comment: model.comment,
    fieldComments: (model.fields ?? []).map(({ field, comment }) => ({ field, comment })),
    requestedAt: model.createdAt.toISOString(),
    resubmittedAt: model.resubmittedAt ? model.resubmittedAt.toISOString() : null,
  };
  if (audience === 'officer') {
    view.requestedBy = model.officer?.fullName;
  }
  return view;
}

/**
 * Adds the declaration's change requests to its view: every round as history, and the last
 * round as the open request while the declaration waits for the applicant's changes.
 */
export async function withChangeRequests(
  view: DeclarationView,
  audience: ChangeRequestAudience,
): Promise<DeclarationView> {
  const rounds = (await findChangeRequests(view.id)).map((model) => toChangeRequestView(model, audience));

  const open = view.status === 'changes_requested' ? (rounds.at(-1) ?? null) : null;
  return { ...view, changeRequest: open, changeRequests: rounds };
}
