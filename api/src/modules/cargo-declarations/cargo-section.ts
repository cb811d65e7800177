import type { DeclarationView } from '@smartgate/shared-models';
import type { Sequelize, Transaction } from 'sequelize';

import { requiredAttachmentTypes } from '../cargo-attachments/attachment-rules';
import { listAttachments } from '../cargo-attachments/cargo-attachments.repository';
import type { DeclarationModel } from '../declarations/declarations.models';
import { findBusinessHeader } from './cargo-reference.repository';
import { toCargoDraft, toCargoView } from './cargo-views';
import { findGoodsLines } from './goods-lines.repository';

/**
 * Adds the consignment to the view of a cargo declaration: `kind`, and the `cargo` section with
 * its business, vehicle, trailer, goods lines, decimal totals, attachments and the attachment
 * types still missing. The travel-only vehicle of `data` is dropped, since `cargo.vehicle` holds
 * the truck. A travel declaration's view gets `kind: 'travel'` only. Applicants and officers see
 * the same section.
 */
export async function withCargoSection(
  sequelize: Sequelize,
  view: DeclarationView,
  declaration: DeclarationModel,
  transaction?: Transaction,
): Promise<DeclarationView> {
  if (declaration.kind !== 'cargo') {
    return { ...view, kind: 'travel' };
  }

  const lines = (await findGoodsLines(sequelize, [declaration.id], transaction)).get(declaration.id) ?? [];
  const business = declaration.businessId
    ? await findBusinessHeader(sequelize, declaration.businessId, transaction)
    : null;
  const attachments = await listAttachments(declaration.id, transaction);
  const requiredAttachments = await requiredAttachmentTypes(declaration, transaction);

  const { vehicle: _travelVehicle, ...data } = view.data;
  return {
    ...view,
    kind: 'cargo',
    data,
    cargo: toCargoView(declaration, lines, { business, attachments, requiredAttachments }),
  };
}

/** Loads a stored cargo declaration's draft data with its goods lines, as submission checks read it. */
export async function loadCargoDraft(
  sequelize: Sequelize,
  declaration: DeclarationModel,
  transaction?: Transaction,
) {
  const lines = (await findGoodsLines(sequelize, [declaration.id], transaction)).get(declaration.id) ?? [];
  return toCargoDraft(declaration, lines);
}
