import { z } from 'zod';

import { CargoAttachment, AttachmentType } from './cargo-attachment';
import {
  CargoDeclarationDraft,
  CargoVehicleDraft,
  CounterpartDraft,
  TrailerDraft,
} from './cargo-declaration';
import { GoodsLineDraft } from './goods-line';

/** The kind of a declaration record: a traveller crossing or a consignment (one truck crossing). */
export const DeclarationRecordKind = z.enum(['travel', 'cargo']);
export type DeclarationRecordKind = z.infer<typeof DeclarationRecordKind>;

/** Totals of the goods as decimal strings (see `goodsTotals`). */
export const GoodsTotalsView = z.object({
  netWeightKg: z.string(),
  grossWeightKg: z.string(),
  netWeightTonnes: z.string(),
  grossWeightTonnes: z.string(),
  values: z.array(z.object({ currency: z.string(), amount: z.string() })),
});
export type GoodsTotalsView = z.infer<typeof GoodsTotalsView>;

/**
 * The consignment part of a cargo declaration's view. The declaration's `data` keeps the gate,
 * direction, local crossing date and the travellers (driver first, then crew); this adds the rest.
 */
export const CargoView = z.object({
  /** The declaring company; null for a truck filed at the gate's counter for a company without an account. */
  business: z.object({ id: z.string(), taxCode: z.string(), name: z.string() }).nullable(),
  plannedArrivalAt: z.string().nullable(),
  counterpart: CounterpartDraft.nullable(),
  vehicle: CargoVehicleDraft.nullable(),
  trailer: TrailerDraft.nullable(),
  goodsLines: z.array(GoodsLineDraft),
  totals: GoodsTotalsView,
  attachments: z.array(CargoAttachment),
  /** Attachment types the rules still require before the declaration can be submitted. */
  requiredAttachments: z.array(AttachmentType),
});
export type CargoView = z.infer<typeof CargoView>;

/** Rebuilds the editable draft of a cargo declaration from the parts of its view. */
export function cargoDraftOfView(view: {
  data: { gateCode?: string; direction?: 'entry' | 'exit'; travellers: CargoDeclarationDraft['travellers'] };
  cargo?: CargoView | null;
}): CargoDeclarationDraft {
  const cargo = view.cargo;
  return {
    gateCode: view.data.gateCode,
    direction: view.data.direction,
    plannedArrivalAt: cargo?.plannedArrivalAt ?? undefined,
    counterpart: cargo?.counterpart ?? undefined,
    vehicle: cargo?.vehicle ?? undefined,
    trailer: cargo?.trailer ?? undefined,
    travellers: view.data.travellers,
    goodsLines: cargo?.goodsLines ?? [],
  };
}
