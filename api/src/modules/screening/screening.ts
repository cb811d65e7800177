import type { DeclarationScreening, ScreeningFlag, ScreeningFlagKind } from '@smartgate/shared-models';
import type { Sequelize, Transaction } from 'sequelize';

import { requiredAttachmentTypes } from '../cargo-attachments/attachment-rules';
import { findCargoFlags } from './cargo-screening.repository';
import {
  findScreenedDeclarations,
  findTravelFlags,
  type ScreenedDeclarationRow,
  type ScreeningFlagRow,
} from './screening.repository';

function isoOrNull(value: Date | string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}

function toScreeningFlag(row: ScreeningFlagRow): ScreeningFlag {
  return {
    kind: row.kind,
    subject: row.subject,
    travellerPosition: row.travellerPosition,
    goodsLinePosition: row.goodsLinePosition,
    value: row.value,
    watchlistEntry:
      row.entryId && row.entryMatchKind
        ? {
            id: row.entryId,
            matchKind: row.entryMatchKind,
            reason: row.entryReason ?? '',
            expiresAt: isoOrNull(row.entryExpiresAt)!,
          }
        : null,
    rejection: row.rejectedId
      ? {
          declarationId: row.rejectedId,
          referenceCode: row.rejectedReferenceCode,
          decidedAt: isoOrNull(row.rejectedDecidedAt),
          reason: row.rejectedReason,
        }
      : null,
    expiry:
      row.expiresOn && row.neededUntil ? { expiresOn: row.expiresOn, neededUntil: row.neededUntil } : null,
  };
}

/** Orders flags for reading: travellers first by position, then the vehicle, goods and attachments. */
function flagOrder(first: ScreeningFlag, second: ScreeningFlag): number {
  const rank = (flag: ScreeningFlag) => [
    flag.travellerPosition ?? 1_000,
    flag.goodsLinePosition ?? -1,
    flag.subject,
    flag.kind,
  ];
  const [a, b] = [rank(first), rank(second)];
  for (let index = 0; index < a.length; index++) {
    if (a[index] !== b[index]) {
      return a[index] < b[index] ? -1 : 1;
    }
  }
  return 0;
}

/** Builds the flags of missing attachments, which the attachment rules decide per cargo declaration. */
async function attachmentFlags(
  declaration: ScreenedDeclarationRow,
  transaction?: Transaction,
): Promise<ScreeningFlag[]> {
  const missing = await requiredAttachmentTypes(declaration, transaction);
  return missing.map((type) => ({
    kind: 'attachment_missing' as const,
    subject: 'attachment' as const,
    travellerPosition: null,
    goodsLinePosition: null,
    value: type,
    watchlistEntry: null,
    rejection: null,
    expiry: null,
  }));
}

/**
 * Screens declarations: one query for the travellers' and vehicles' flags of all of them, one
 * for the goods and trailer flags of the cargo ones, and the attachment rules per cargo
 * declaration. The caller has checked that the officer may see every id. Unknown ids are left out.
 */
export async function screenDeclarations(
  sequelize: Sequelize,
  ids: string[],
  transaction?: Transaction,
): Promise<Map<string, DeclarationScreening>> {
  const declarations = await findScreenedDeclarations(sequelize, ids, transaction);
  const cargo = declarations.filter((declaration) => declaration.kind === 'cargo');

  const rows = [
    ...(await findTravelFlags(sequelize, ids, transaction)),
    ...(await findCargoFlags(
      sequelize,
      cargo.map((declaration) => declaration.id),
      transaction,
    )),
  ];
  const screenedAt = new Date().toISOString();

  const screenings = new Map<string, DeclarationScreening>();
  for (const declaration of declarations) {
    const flags = rows.filter((row) => row.declarationId === declaration.id).map(toScreeningFlag);
    if (declaration.kind === 'cargo') {
      flags.push(...(await attachmentFlags(declaration, transaction)));
    }
    flags.sort(flagOrder);
    screenings.set(declaration.id, {
      declarationId: declaration.id,
      clean: flags.length === 0,
      flags,
      screenedAt,
    });
  }
  return screenings;
}

/** Lists the kinds of a screening's flags once each, in the order of the kinds. */
export function flagKindsOf(screening: DeclarationScreening): ScreeningFlagKind[] {
  return [...new Set(screening.flags.map((flag) => flag.kind))];
}
