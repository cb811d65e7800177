import type { DeclarationView } from '@smartgate/shared-models';

import { OfficerModel } from '../accounts/accounts.models';
import type { DeclarationModel } from '../declarations/declarations.models';
import { findCounterCompany } from './assisted-filing.repository';

/**
 * Adds to an officer's view of a declaration filed at the counter who filed it, the contact
 * the traveller left and, for a truck, the declaring company typed at the counter. Other
 * declarations' views are returned as they are.
 */
export async function withCounterFiling(
  view: DeclarationView,
  declaration: Pick<
    DeclarationModel,
    'id' | 'kind' | 'filedByOfficerId' | 'contactEmail' | 'contactLanguage'
  >,
): Promise<DeclarationView> {
  const officerId = declaration.filedByOfficerId;
  if (!officerId) {
    return view;
  }

  const officer = await OfficerModel.findByPk(officerId, { attributes: ['id', 'fullName'] });
  const company = declaration.kind === 'cargo' ? await findCounterCompany(declaration.id) : null;
  return {
    ...view,
    counterFiling: {
      officerId,
      officerName: officer?.fullName ?? '',
      email: declaration.contactEmail ?? null,
      preferredLanguage: declaration.contactLanguage ?? null,
      company,
    },
  };
}
