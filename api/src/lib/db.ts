import pg from 'pg';
import { Sequelize } from 'sequelize';

import type { Config } from './config';
import type { Logger } from './logger';
import { redactSqlLiterals } from './sql-redaction';

const PG_DATE_OID = 1082;

// Date-only columns must stay `YYYY-MM-DD` strings: a JS Date would shift them by a day in UTC+7.
// `numeric` (OID 1700) is left as pg returns it, a string, so money and weights never become floats.
pg.types.setTypeParser(PG_DATE_OID, (value: string) => value);

/** Creates the Sequelize instance of the API and the worker; statements are logged at `debug`. */
export function createSequelize(config: Pick<Config, 'databaseUrl'>, logger: Logger): Sequelize {
  const log = logger.child({ module: 'db' });

  return new Sequelize(config.databaseUrl, {
    dialect: 'postgres',
    dialectModule: pg,
    logging: (sql) => log.debug({ event: 'db.query' }, redactSqlLiterals(sql)),
    define: { underscored: true },
    pool: { max: 10, min: 0, idle: 10_000 },
  });
}
