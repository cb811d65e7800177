import { z } from 'zod';

import { Direction } from './declaration-status';
import { DateOnly, todayInTimeZone } from './date-only';
import { Traveller } from './traveller';
import { Vehicle, VehicleFields, normalizeVehiclePlate } from './vehicle';
import { requiredText } from './text';

/** The lead traveller plus at most 9 companions. */
export const MAX_TRAVELLERS = 10;

const declarationFields = {
  gateCode: requiredText(10).transform((code) => code.toUpperCase()),
  direction: Direction,
  plannedCrossingDate: DateOnly,
  purposeCode: requiredText(40),
};

/**
 * A complete crossing declaration, as checked at submission.
 * `travellers[0]` is the lead traveller. "Today" is the local day in Asia/Ho_Chi_Minh.
 */
export const CrossingDeclaration = z
  .object({
    ...declarationFields,
    travellers: z
      .array(Traveller, { error: 'required' })
      .min(1, { error: 'noTravellers' })
      .max(MAX_TRAVELLERS, { error: 'tooManyTravellers' }),
    vehicle: Vehicle.optional(),
  })
  .superRefine((declaration, context) => {
    const today = todayInTimeZone();

    if (declaration.plannedCrossingDate < today) {
      context.addIssue({ code: 'custom', path: ['plannedCrossingDate'], message: 'dateInPast' });
    }

    declaration.travellers.forEach((traveller, index) => {
      if (traveller.dateOfBirth > today) {
        context.addIssue({
          code: 'custom',
          path: ['travellers', index, 'dateOfBirth'],
          message: 'dateInFuture',
        });
      }
      if (traveller.documentExpiryDate < declaration.plannedCrossingDate) {
        context.addIssue({
          code: 'custom',
          path: ['travellers', index, 'documentExpiryDate'],
          message: 'documentExpiresBeforeCrossing',
        });
      }
    });
  });
export type CrossingDeclaration = z.infer<typeof CrossingDeclaration>;

/** Turns the empty strings and nulls that forms send for blank fields into "absent". */
function blankAsAbsent(value: unknown): unknown {
  return value === '' || value === null ? undefined : value;
}

/** A field of a draft: blank means absent, and a filled value must be valid. */
export function draftField<T extends z.ZodType>(schema: T) {
  return z.preprocess(blankAsAbsent, schema.optional());
}

/** A traveller in a draft: every field may still be blank, but a filled field must be valid. */
export const TravellerDraft = z.object({
  id: draftField(Traveller.shape.id),
  fullName: draftField(Traveller.shape.fullName),
  sex: draftField(Traveller.shape.sex),
  dateOfBirth: draftField(Traveller.shape.dateOfBirth),
  nationality: draftField(Traveller.shape.nationality),
  documentType: draftField(Traveller.shape.documentType),
  documentNumber: draftField(Traveller.shape.documentNumber),
  documentExpiryDate: draftField(Traveller.shape.documentExpiryDate),
  documentIssueDate: draftField(DateOnly),
  documentValidProvince: draftField(Traveller.shape.documentValidProvince),
});
export type TravellerDraft = z.infer<typeof TravellerDraft>;

/** A vehicle in a draft: any field may be blank, but a plate whose country is known must fit it. */
export const VehicleDraft = z
  .object({
    kind: draftField(VehicleFields.shape.kind),
    plateCountry: draftField(VehicleFields.shape.plateCountry),
    plateNumber: draftField(VehicleFields.shape.plateNumber),
  })
  .transform(normalizeVehiclePlate);
export type VehicleDraft = z.infer<typeof VehicleDraft>;

/** A crossing declaration being filled in, saved as a draft. Completeness is checked at submission. */
export const CrossingDeclarationDraft = z.object({
  gateCode: draftField(declarationFields.gateCode),
  direction: draftField(declarationFields.direction),
  plannedCrossingDate: draftField(declarationFields.plannedCrossingDate),
  purposeCode: draftField(declarationFields.purposeCode),
  travellers: z.array(TravellerDraft).max(MAX_TRAVELLERS, { error: 'tooManyTravellers' }).default([]),
  vehicle: draftField(VehicleDraft),
});
export type CrossingDeclarationDraft = z.infer<typeof CrossingDeclarationDraft>;
