import type { Sequelize } from 'sequelize';

import { defineAccountModels } from './modules/accounts/accounts.models';
import { defineBusinessModels } from './modules/businesses/businesses.models';
import { defineCargoAttachmentModels } from './modules/cargo-attachments/cargo-attachments.models';
import { defineChangeRequestModels } from './modules/change-requests/change-requests.models';
import { defineDeclarationModels } from './modules/declarations/declarations.models';
import { defineReferenceModels } from './modules/reference/reference.models';
import { defineAuditLogModel } from './modules/review/audit-log.repository';
import { defineTravellerPhotoModel } from './modules/traveller-photos/traveller-photos.models';
import { defineTravellerProfileModel } from './modules/traveller-profiles/traveller-profiles.models';

/** Binds every Sequelize model to the instance. Tables come from migrations only, never from `sync()`. */
export function defineModels(sequelize: Sequelize): void {
  defineReferenceModels(sequelize);
  defineAccountModels(sequelize);
  defineDeclarationModels(sequelize);
  defineTravellerPhotoModel(sequelize);
  defineChangeRequestModels(sequelize);
  defineAuditLogModel(sequelize);
  defineTravellerProfileModel(sequelize);
  defineBusinessModels(sequelize);
  defineCargoAttachmentModels(sequelize);
}
