import type { CargoDeclarationDraft, DeclarationView } from '@smartgate/shared-models';

import { addDays, daysFromToday } from '../../test/dates';
import { travellerInput } from '../../test/factories';
import {
  attachmentsUrl,
  uploadAttachment,
  type CargoMember,
} from '../cargo-attachments/cargo-attachment.fixtures';
import { PDF_BYTES } from '../traveller-photos/photo-fixtures';

export const BUSINESSES = '/api/applicant/businesses';

/** Builds the URL of a business's cargo declarations, or of one of them and an action. */
export function cargoUrl(member: Pick<CargoMember, 'businessId'>, id?: string, action?: string): string {
  const base = `${BUSINESSES}/${member.businessId}/cargo-declarations`;
  return [base, id, action].filter(Boolean).join('/');
}

/** Returns the ISO instant `hours` from now, as the form sends it. */
export function hoursFromNow(hours: number): string {
  return new Date(Date.now() + hours * 3600_000).toISOString();
}

/** Builds a goods line of NPK fertilizer as the form sends it, with decimals as strings. */
export function npkLine(overrides: Record<string, unknown> = {}) {
  return {
    hsCode: '3105.20.00',
    description: 'Phân bón NPK 16-16-8',
    quantity: '600',
    unitCode: 'bag',
    netWeightKg: '30000',
    grossWeightKg: '30150.5',
    value: '12600',
    currency: 'USD',
    originCountry: 'VNM',
    ...overrides,
  };
}

/** Builds a complete export of NPK fertilizer to Ratanakiri on a Vietnamese tractor unit with a semi-trailer. */
export function npkExport(overrides: Partial<Record<keyof CargoDeclarationDraft, unknown>> = {}) {
  return {
    gateCode: 'LT',
    direction: 'exit',
    plannedArrivalAt: hoursFromNow(26),
    counterpart: { name: 'Ratanakiri Agro Supply Co., Ltd.', address: 'Banlung, Ratanakiri', country: 'KHM' },
    vehicle: {
      kind: 'tractor_unit',
      plateCountry: 'VNM',
      plateNumber: '81C-123.45',
      transportLicenceNumber: 'VN-KH 012345',
      transportLicenceExpiry: daysFromToday(120),
    },
    trailer: { plateCountry: 'VNM', plateNumber: '81R-012.34' },
    travellers: [
      travellerInput({ fullName: 'Rơ Mah Hlim', documentExpiryDate: addDays(daysFromToday(0), 900) }),
    ],
    goodsLines: [npkLine()],
    ...overrides,
  };
}

/** Creates a draft through the API and returns its view. */
export async function createdCargoDraft(
  member: CargoMember,
  draft: unknown = npkExport(),
): Promise<DeclarationView> {
  const response = await member.client.post(cargoUrl(member), draft).expect(201);
  return response.body as DeclarationView;
}

/** Attaches a PDF of each type to a declaration, as the member. */
export async function attachDocuments(
  member: CargoMember,
  id: string,
  types: readonly string[],
): Promise<void> {
  for (const attachmentType of types) {
    await uploadAttachment(member.client, attachmentsUrl(member, id), PDF_BYTES, { attachmentType }).expect(
      201,
    );
  }
}
