import type { Sequelize } from 'sequelize';

import type { Config } from './config';
import type { Logger } from './logger';

/** Shared services that route and service factories receive, built once at start. */
export interface AppContext {
  config: Config;
  logger: Logger;
  sequelize: Sequelize;
}
