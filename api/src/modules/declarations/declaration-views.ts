import type {
  CrossingDeclarationDraft,
  DeclarationSummary,
  DeclarationView,
  Page,
  PageQuery,
  ResultView,
} from '@smartgate/shared-models';

import { toTravellerPhotoStatuses } from '../traveller-photos/traveller-photo-views';
import type { DeclarationListPage } from './declaration-lists.repository';
import { toDraftVehicle } from './declaration-vehicle';
import type { DeclarationModel, DeclarationTravellerModel } from './declarations.models';

type DraftTraveller = CrossingDeclarationDraft['travellers'][number];

/** Copies the non-null columns of a row: the API shows blank draft fields as absent, as the draft schema reads them. */
function presentFields<T extends object>(fields: { [K in keyof T]: T[K] | null }): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)) as T;
}

function toDraftTraveller(traveller: DeclarationTravellerModel): DraftTraveller {
  return presentFields<DraftTraveller>({
    id: traveller.travellerId,
    fullName: traveller.fullName,
    sex: traveller.sex as DraftTraveller['sex'] | null,
    dateOfBirth: traveller.dateOfBirth,
    nationality: traveller.nationality,
    documentType: traveller.documentType as DraftTraveller['documentType'] | null,
    documentNumber: traveller.documentNumber,
    documentExpiryDate: traveller.documentExpiryDate,
    documentIssueDate: traveller.documentIssueDate,
    documentValidProvince: traveller.documentValidProvince,
  });
}

/** Returns the declaration's stored data in the shape of the draft schema, as submission checks and the apps read it. */
export function toDraftData(declaration: DeclarationModel): CrossingDeclarationDraft {
  const fields = presentFields<Omit<CrossingDeclarationDraft, 'travellers'>>({
    gateCode: declaration.gateCode,
    direction: declaration.direction as CrossingDeclarationDraft['direction'] | null,
    plannedCrossingDate: declaration.plannedCrossingDate,
    purposeCode: declaration.purposeCode,
  });
  const vehicle = toDraftVehicle(declaration);
  return {
    ...fields,
    travellers: (declaration.travellers ?? []).map(toDraftTraveller),
    ...(vehicle ? { vehicle } : {}),
  };
}

function isoOrNull(value: Date | null): string | null {
  return value ? value.toISOString() : null;
}

export function toDeclarationView(declaration: DeclarationModel, result: ResultView | null): DeclarationView {
  return {
    id: declaration.id,
    status: declaration.status,
    version: declaration.version,
    referenceCode: declaration.referenceCode,
    data: toDraftData(declaration),
    createdAt: declaration.createdAt.toISOString(),
    updatedAt: declaration.updatedAt.toISOString(),
    submittedAt: isoOrNull(declaration.submittedAt),
    decidedAt: isoOrNull(declaration.decidedAt),
    rejectionReason: declaration.rejectionReason,
    result,
    travellerPhotos: toTravellerPhotoStatuses(declaration),
  };
}

/** Builds a page of summaries from a list page and the results found for it. */
export function toSummaryPage(
  list: DeclarationListPage,
  results: Map<string, ResultView>,
  page: PageQuery,
): Page<DeclarationSummary> {
  const items = list.declarations.map((declaration) => {
    const tally = list.tallies.get(declaration.id);
    return {
      id: declaration.id,
      status: declaration.status,
      version: declaration.version,
      referenceCode: declaration.referenceCode,
      gateCode: declaration.gateCode,
      direction: declaration.direction,
      plannedCrossingDate: declaration.plannedCrossingDate,
      leadTravellerName: tally?.leadTravellerName ?? null,
      travellerCount: tally?.travellerCount ?? 0,
      submittedAt: isoOrNull(declaration.submittedAt),
      updatedAt: declaration.updatedAt.toISOString(),
      resultNumber: results.get(declaration.id)?.number ?? null,
    };
  });
  return { items, page: page.page, pageSize: page.pageSize, total: list.total };
}
