import type { VehicleKind } from '@smartgate/shared-models';

import { bilingual, bilingualName, type BilingualLabel } from './pdf-labels';
import { drawFieldGrid } from './pdf-layout';
import type { ResultPdfVehicle } from './result-pdf-data';

const VEHICLE_LABELS = {
  kind: { vi: 'Phương tiện', en: 'Vehicle' },
  plateNumber: { vi: 'Biển số', en: 'Plate number' },
  plateCountry: { vi: 'Quốc gia cấp biển số', en: 'Plate country' },
} as const satisfies Record<string, BilingualLabel>;

const KIND_NAMES: Record<VehicleKind, BilingualLabel> = {
  car: { vi: 'Ô tô', en: 'Car' },
  motorbike: { vi: 'Xe máy', en: 'Motorbike' },
};

/**
 * Keeps the Latin letters, digits and separators of a plate. The PDF font has no Khmer glyphs
 * and pdfkit cannot shape Khmer, so the Khmer part of a Cambodian plate is left out. The back office
 * shows the full plate.
 */
export function printablePlate(plate: string): string {
  const latin = plate
    .replace(/[^\p{Script=Latin}\p{Nd} .-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return latin === '' ? '-' : latin;
}

/** Prints the crossing's private vehicle on one row: its kind, plate number and the plate's country. */
export function drawVehicle(doc: PDFKit.PDFDocument, vehicle: ResultPdfVehicle | undefined): void {
  if (!vehicle) {
    return;
  }

  drawFieldGrid(
    doc,
    [
      { label: bilingual(VEHICLE_LABELS.kind), value: bilingual(KIND_NAMES[vehicle.kind]) },
      { label: bilingual(VEHICLE_LABELS.plateNumber), value: printablePlate(vehicle.plateNumber) },
      {
        label: bilingual(VEHICLE_LABELS.plateCountry),
        value: `${bilingualName(vehicle.plateCountry)} (${vehicle.plateCountry.code})`,
      },
    ],
    3,
  );
}
