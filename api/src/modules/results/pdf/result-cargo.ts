import { CARGO_LABELS, CARGO_VEHICLE_KIND_NAMES } from './cargo-labels';
import { formatDateOnly } from './pdf-format';
import { bilingual, bilingualName, type BilingualLabel } from './pdf-labels';
import { drawFieldGrid, drawHeading, type Field } from './pdf-layout';
import type { BilingualName, ResultPdfCargo } from './result-pdf-data';
import { printablePlate } from './result-vehicle';

function labelled(label: BilingualLabel, value: string): Field {
  return { label: bilingual(label), value };
}

function countryName(country: BilingualName & { code: string }): string {
  return `${bilingualName(country)} (${country.code})`;
}

function vehicleFields(cargo: ResultPdfCargo): Field[] {
  const { vehicle, trailer } = cargo;
  const fields = [
    labelled(CARGO_LABELS.vehicleKind, bilingual(CARGO_VEHICLE_KIND_NAMES[vehicle.kind])),
    labelled(CARGO_LABELS.plateNumber, printablePlate(vehicle.plateNumber)),
    labelled(CARGO_LABELS.plateCountry, countryName(vehicle.plateCountry)),
    labelled(CARGO_LABELS.licenceNumber, vehicle.transportLicenceNumber ?? '-'),
    labelled(
      CARGO_LABELS.licenceExpiry,
      vehicle.transportLicenceExpiry ? formatDateOnly(vehicle.transportLicenceExpiry) : '-',
    ),
  ];

  if (trailer) {
    fields.push(
      labelled(CARGO_LABELS.trailerPlateNumber, printablePlate(trailer.plateNumber)),
      labelled(CARGO_LABELS.trailerPlateCountry, countryName(trailer.plateCountry)),
    );
  } else {
    fields.push(labelled(CARGO_LABELS.trailerPlateNumber, bilingual(CARGO_LABELS.noTrailer)));
  }
  return fields;
}

/** Prints the declaring business beside the crossing details; nothing for a truck filed without one. */
export function drawCargoBusiness(doc: PDFKit.PDFDocument, cargo: ResultPdfCargo): void {
  if (!cargo.business) {
    return;
  }
  drawFieldGrid(
    doc,
    [
      labelled(CARGO_LABELS.business, cargo.business.name),
      labelled(CARGO_LABELS.taxCode, cargo.business.taxCode),
    ],
    2,
  );
}

/** Prints the counterpart abroad and the vehicle with its licence and trailer. Long names and addresses wrap. */
export function drawCargoParties(doc: PDFKit.PDFDocument, cargo: ResultPdfCargo): void {
  drawHeading(doc, bilingual(CARGO_LABELS.counterpartSection));
  drawFieldGrid(doc, [labelled(CARGO_LABELS.counterpartName, cargo.counterpart.name)], 1);
  drawFieldGrid(
    doc,
    [
      labelled(CARGO_LABELS.counterpartAddress, cargo.counterpart.address),
      labelled(CARGO_LABELS.counterpartCountry, countryName(cargo.counterpart.country)),
    ],
    2,
  );

  drawHeading(doc, bilingual(CARGO_LABELS.vehicleSection));
  drawFieldGrid(doc, vehicleFields(cargo), 3);
}
