import { randomBytes, randomInt } from 'node:crypto';

import type {
  CrossingDeclarationDraft,
  DeclarationScreening,
  DeclarationView,
  WatchlistEntryView,
} from '@smartgate/shared-models';

import type { ApiClient } from '../../test/api-client';
import { daysFromToday } from '../../test/dates';
import { completeDraft, signedInOfficer, submittedDeclaration, travellerInput } from '../../test/factories';

export const REVIEW = '/api/officer/declarations';
export const WATCHLIST = '/api/officer/admin/watchlist';

/**
 * Builds a document number no other spec uses. Specs share one database, and screening looks
 * at every declaration, so shared values would raise earlier-rejection flags across specs.
 */
export function uniqueDocumentNumber(): string {
  return `W${randomBytes(4).toString('hex').toUpperCase()}`;
}

/** Builds a Latin-letter name no other spec uses, with Vietnamese diacritics. */
export function uniqueName(): string {
  const letters = Array.from({ length: 7 }, () => String.fromCharCode(97 + randomInt(26))).join('');
  return `Nguyễn Văn ${letters[0].toUpperCase()}${letters.slice(1)}`;
}

/** Builds a Cambodian plate no other spec uses. */
export function uniquePlate(): string {
  return `2A-${randomInt(1000, 9999)}-${String.fromCharCode(65 + randomInt(26))}${randomInt(10, 99)}`;
}

/** Builds a declaration whose traveller and vehicle no other spec uses, so screening passes it cleanly. */
export function uniqueDraft(overrides: Partial<CrossingDeclarationDraft> = {}): CrossingDeclarationDraft {
  return completeDraft({
    travellers: [travellerInput({ fullName: uniqueName(), documentNumber: uniqueDocumentNumber() })],
    vehicle: { kind: 'car', plateCountry: 'KHM', plateNumber: uniquePlate() },
    ...overrides,
  });
}

/** Submits a declaration that screening passes cleanly. */
export function submittedCleanDeclaration(
  applicant: ApiClient,
  overrides: Partial<CrossingDeclarationDraft> = {},
): Promise<DeclarationView> {
  return submittedDeclaration(applicant, uniqueDraft(overrides));
}

/** Signs in an administrator of Lệ Thanh, who manages the watchlist. */
export async function signedInAdministrator(): Promise<ApiClient> {
  const { client } = await signedInOfficer('en', { role: 'administrator', gateCodes: ['LT'] });
  return client;
}

/** Adds a watchlist entry in force for a year and returns it. */
export async function addWatchlistEntry(
  administrator: ApiClient,
  entry: Record<string, unknown>,
): Promise<WatchlistEntryView> {
  const response = await administrator
    .post(WATCHLIST, { reason: 'Spec entry', expiresOn: daysFromToday(365), ...entry })
    .expect(201);
  return response.body as WatchlistEntryView;
}

/** Reads a declaration's screening as an officer. */
export async function screeningOf(officer: ApiClient, declarationId: string): Promise<DeclarationScreening> {
  const response = await officer.get(`${REVIEW}/${declarationId}/screening`).expect(200);
  return response.body as DeclarationScreening;
}
