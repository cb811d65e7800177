import Big from 'big.js';
import {
  canonicalDecimal,
  goodsTotals,
  type CargoAttachment,
  type CargoDeclarationDraft,
  type CargoView,
  type DeclarationSummary,
  type GoodsLineDraft,
  type ResultView,
} from '@smartgate/shared-models';

import { toDraftData } from '../declarations/declaration-views';
import type { DeclarationModel } from '../declarations/declarations.models';
import type { GoodsLineRow } from './goods-lines.repository';

/** Writes a numeric column's text, such as `28400.000`, in canonical form (`28400`). */
function decimalOrAbsent(value: string | null): string | undefined {
  return value === null ? undefined : canonicalDecimal(new Big(value));
}

/** Copies the defined fields only: the API shows blank draft fields as absent, as the draft schema reads them. */
function definedFields<T extends object>(fields: { [K in keyof T]: T[K] | null | undefined }): T {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== null && value !== undefined),
  ) as T;
}

/** Reads a stored goods line back in the draft's shape. */
export function toGoodsLineDraft(row: GoodsLineRow): GoodsLineDraft {
  return definedFields<GoodsLineDraft>({
    hsCode: row.hsCode,
    description: row.description,
    quantity: decimalOrAbsent(row.quantity),
    unitCode: row.unitCode,
    netWeightKg: decimalOrAbsent(row.netWeightKg),
    grossWeightKg: decimalOrAbsent(row.grossWeightKg),
    value: decimalOrAbsent(row.value),
    currency: row.currency,
    originCountry: row.originCountry,
  });
}

/** An object of the defined fields, or undefined when none is set. */
function partOrAbsent<T extends object>(fields: { [K in keyof T]: T[K] | null | undefined }): T | undefined {
  const part = definedFields<T>(fields);
  return Object.keys(part).length > 0 ? part : undefined;
}

type DraftVehicle = NonNullable<CargoDeclarationDraft['vehicle']>;
type DraftTrailer = NonNullable<CargoDeclarationDraft['trailer']>;
type DraftCounterpart = NonNullable<CargoDeclarationDraft['counterpart']>;

/** Returns a stored cargo declaration in the shape of the cargo draft schema, as the checks and the form read it. */
export function toCargoDraft(
  declaration: DeclarationModel,
  lines: readonly GoodsLineRow[],
): CargoDeclarationDraft {
  const travelData = toDraftData(declaration);
  const draft: CargoDeclarationDraft = {
    ...definedFields<Pick<CargoDeclarationDraft, 'gateCode' | 'direction' | 'plannedArrivalAt'>>({
      gateCode: declaration.gateCode,
      direction: declaration.direction as CargoDeclarationDraft['direction'] | null,
      plannedArrivalAt: declaration.plannedArrivalAt?.toISOString(),
    }),
    travellers: travelData.travellers,
    goodsLines: lines.map(toGoodsLineDraft),
  };

  const counterpart = partOrAbsent<DraftCounterpart>({
    name: declaration.counterpartName,
    address: declaration.counterpartAddress,
    country: declaration.counterpartCountry,
  });
  const vehicle = partOrAbsent<DraftVehicle>({
    kind: declaration.vehicleKind as DraftVehicle['kind'] | null,
    plateCountry: declaration.vehiclePlateCountry,
    plateNumber: declaration.vehiclePlateNumber,
    transportLicenceNumber: declaration.transportLicenceNumber,
    transportLicenceExpiry: declaration.transportLicenceExpiry,
  });
  const trailer = partOrAbsent<DraftTrailer>({
    plateCountry: declaration.trailerPlateCountry,
    plateNumber: declaration.trailerPlateNumber,
  });
  return {
    ...draft,
    ...(counterpart ? { counterpart } : {}),
    ...(vehicle ? { vehicle } : {}),
    ...(trailer ? { trailer } : {}),
  };
}

/** Data the cargo part of a view needs besides the declaration and its goods. */
export interface CargoViewParts {
  business: CargoView['business'];
  attachments: CargoAttachment[];
  requiredAttachments: CargoView['requiredAttachments'];
}

/** Builds the `cargo` section of a declaration's view, with totals computed in decimals. */
export function toCargoView(
  declaration: DeclarationModel,
  lines: readonly GoodsLineRow[],
  parts: CargoViewParts,
): CargoView {
  const draft = toCargoDraft(declaration, lines);
  return {
    business: parts.business,
    plannedArrivalAt: draft.plannedArrivalAt ?? null,
    counterpart: draft.counterpart ?? null,
    vehicle: draft.vehicle ?? null,
    trailer: draft.trailer ?? null,
    goodsLines: draft.goodsLines,
    totals: goodsTotals(draft.goodsLines),
    attachments: parts.attachments,
    requiredAttachments: parts.requiredAttachments,
  };
}

/**
 * A one-line account of the goods for lists, such as `28.65 t · Sắn lát khô (+2)`: the total
 * gross weight in tonnes, the first line's description and how many more lines follow.
 */
export function goodsSummary(lines: readonly GoodsLineRow[]): string | null {
  const first = lines.find((line) => line.description);
  if (!first) {
    return null;
  }
  const { grossWeightTonnes } = goodsTotals(lines.map(toGoodsLineDraft));
  const more = lines.length > 1 ? ` (+${lines.length - 1})` : '';
  return `${grossWeightTonnes} t · ${first.description}${more}`;
}

function isoOrNull(value: Date | null): string | null {
  return value ? value.toISOString() : null;
}

/** Builds one row of a business's cargo list. */
export function toCargoSummary(
  declaration: DeclarationModel,
  lines: readonly GoodsLineRow[],
  businessName: string,
  result: ResultView | null,
): DeclarationSummary {
  const travellers = declaration.travellers ?? [];
  return {
    id: declaration.id,
    kind: 'cargo',
    status: declaration.status,
    version: declaration.version,
    referenceCode: declaration.referenceCode,
    gateCode: declaration.gateCode,
    direction: declaration.direction,
    plannedCrossingDate: declaration.plannedCrossingDate,
    leadTravellerName: travellers.find((traveller) => traveller.position === 0)?.fullName ?? null,
    travellerCount: travellers.length,
    submittedAt: isoOrNull(declaration.submittedAt),
    updatedAt: declaration.updatedAt.toISOString(),
    resultNumber: result?.number ?? null,
    businessName,
    goodsSummary: goodsSummary(lines),
    vehiclePlate: declaration.vehiclePlateNumber ?? null,
  };
}
