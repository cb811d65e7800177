import type { Migration } from '../lib/migrator';

/** The table layout that connect-pg-simple 10 expects (its own `table.sql`), under our table name. */
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query(`
    CREATE TABLE sessions (
      sid varchar NOT NULL PRIMARY KEY,
      sess json NOT NULL,
      expire timestamp(6) NOT NULL
    )
  `);
  await queryInterface.sequelize.query('CREATE INDEX sessions_expire_idx ON sessions (expire)');
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.dropTable('sessions');
};
