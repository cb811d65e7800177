import type { Sequelize, Transaction } from 'sequelize';

/**
 * Returns the Sequelize instance that opened a transaction, for repository functions that
 * take only the transaction. Sequelize sets `transaction.sequelize` at runtime, but its type
 * declarations (v6) omit it.
 */
export function sequelizeOf(transaction: Transaction): Sequelize {
  return (transaction as unknown as { sequelize: Sequelize }).sequelize;
}
