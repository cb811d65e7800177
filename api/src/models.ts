import type { Sequelize } from 'sequelize';

import { defineAccountModels } from './modules/accounts/accounts.models';
import { defineDeclarationModels } from './modules/declarations/declarations.models';
import { defineReferenceModels } from './modules/reference/reference.models';
import { defineAuditLogModel } from './modules/review/audit-log.repository';

/** Binds every Sequelize model to the instance. Tables come from migrations only, never from `sync()`. */
export function defineModels(sequelize: Sequelize): void {
  defineReferenceModels(sequelize);
  defineAccountModels(sequelize);
  defineDeclarationModels(sequelize);
  defineAuditLogModel(sequelize);
}
