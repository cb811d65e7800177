import { randomBytes } from 'node:crypto';

import { encodeReferenceRandomPart, formatReferenceCode } from '@smartgate/shared-models';
import { QueryTypes, UniqueConstraintError, type Transaction } from 'sequelize';

import { sequelizeOf } from '../../lib/transaction-sequelize';

/** Name of the unique index on `declarations.reference_code`. */
const REFERENCE_CODE_INDEX = 'declarations_reference_code_unique';

/**
 * Attempts to draw a free code before giving up. With 2^40 codes per gate, a second draw is already rare
 * after billions of declarations, so reaching the limit means something else is wrong.
 */
const MAX_ATTEMPTS = 5;

/** Creates a reference code such as `LT-7K3Q-9C2M` from the gate code and 40 bits from the CSPRNG. */
export function createReferenceCode(gateCode: string): string {
  return formatReferenceCode(gateCode, encodeReferenceRandomPart(randomBytes(5)));
}

function isReferenceCodeCollision(error: unknown): boolean {
  if (!(error instanceof UniqueConstraintError)) {
    return false;
  }
  const original = error.original as { constraint?: unknown } | undefined;
  return original?.constraint === REFERENCE_CODE_INDEX;
}

/**
 * Gives a declaration its reference code, in the caller's transaction, unless it already has
 * one: a declaration sent back for changes and submitted again keeps its first code. The code
 * is random, so it reveals neither the number of declarations nor the neighbours of a code. Each
 * attempt runs in a savepoint, so a collision with an existing code rolls back that attempt
 * alone and the next one draws again. Returns the declaration's code. `generate` exists for
 * specs that force a collision.
 * NOTE: the prefix is the gate at the first submission; an edit of the gate afterwards keeps it.
 */
export async function assignReferenceCode(
  transaction: Transaction,
  declaration: { id: string; gateCode: string },
  generate: (gateCode: string) => string = createReferenceCode,
): Promise<string> {
  const sequelize = sequelizeOf(transaction);

  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const candidate = generate(declaration.gateCode);
    try {
      const [row] = await sequelize.transaction({ transaction }, (savepoint) =>
        sequelize.query<{ referenceCode: string }>(
          `UPDATE declarations SET reference_code = COALESCE(reference_code, :candidate)
           WHERE id = :id
           RETURNING reference_code AS "referenceCode"`,
          {
            replacements: { candidate, id: declaration.id },
            transaction: savepoint,
            type: QueryTypes.SELECT,
          },
        ),
      );
      if (!row) {
        throw new Error(`Declaration ${declaration.id} does not exist`);
      }
      return row.referenceCode;
    } catch (error) {
      if (!isReferenceCodeCollision(error)) {
        throw error;
      }
    }
  }
  throw new Error(`No free reference code found in ${MAX_ATTEMPTS} attempts`);
}
