import type { DeclarationView } from '@smartgate/shared-models';

import { OfficerModel } from '../accounts/accounts.models';
import type { DeclarationModel } from '../declarations/declarations.models';

/**
 * Adds to an officer's view of a declaration filed at the counter who filed it and the contact
 * the traveller left. Other declarations' views are returned as they are.
 */
export async function withCounterFiling(
  view: DeclarationView,
  declaration: Pick<DeclarationModel, 'filedByOfficerId' | 'contactEmail' | 'contactLanguage'>,
): Promise<DeclarationView> {
  const officerId = declaration.filedByOfficerId;
  if (!officerId) {
    return view;
  }

  const officer = await OfficerModel.findByPk(officerId, { attributes: ['id', 'fullName'] });
  return {
    ...view,
    counterFiling: {
      officerId,
      officerName: officer?.fullName ?? '',
      email: declaration.contactEmail ?? null,
      preferredLanguage: declaration.contactLanguage ?? null,
    },
  };
}
