/**
 * The kinds of vehicle whose Vietnamese plate layouts differ: private cars and motorbikes of
 * travellers, and the trucks and trailers of cargo. Trailers and semi-trailers carry series R,
 * which no other vehicle carries.
 */
export type PlateVehicleKind = 'car' | 'motorbike' | 'truck' | 'trailer';

/** A Vietnamese plate number read into its parts. */
export interface VietnamPlate {
  /** The 2-digit plate province code, such as `81` for Gia Lai (not the administrative province code). */
  provinceCode: string;
  /** The series: letters for a car (`A`, `LD`), a letter and a digit or two letters for a motorbike (`B1`, `AB`). */
  series: string;
  /** The registration number: 5 digits on current plates, 4 on older ones. */
  serial: string;
  /** The plate as printed on one line, such as `81A-123.45` or `81B1-234.56`. */
  display: string;
  /** Capital letters and digits only, such as `81A12345`, for matching plates read by a camera. */
  searchKey: string;
}

/** Spaces, dots and the dashes people type between the parts of a plate. */
const SEPARATORS = /[\s.\-‐–—_]+/g;

/**
 * Plate layouts after separators are turned into single spaces: the province code, the series
 * and the registration number (`NNN NN` or `NNNN`). Cars carry 1 or 2 series letters. Motorbikes
 * carry a letter and a digit, two letters (mopeds), or MĐ and a digit (electric motorbikes).
 */
const LAYOUTS: Readonly<Record<PlateVehicleKind, RegExp>> = {
  car: /^(\d{2}) ?([A-Z]{1,2}) ?(\d{3} ?\d{2}|\d{4})$/,
  motorbike: /^(\d{2}) ?([A-Z][A-Z0-9]|MĐ\d|MD\d) ?(\d{3} ?\d{2}|\d{4})$/,
  truck: /^(\d{2}) ?([A-Z]{1,2}) ?(\d{3} ?\d{2}|\d{4})$/,
  trailer: /^(\d{2}) ?(R) ?(\d{3} ?\d{2}|\d{4})$/,
};

/** The series of trailers and semi-trailers, which a truck's plate cannot carry. */
const TRAILER_SERIES = 'R';

/** Plate province codes run from 11 to 99; the 0x range is not issued. */
const LOWEST_PROVINCE_CODE = 11;

/**
 * Folds a plate number for matching: Latin capitals and digits only, with Đ as D, so
 * `81a 123.45`, `81A-12345` and `81A12345` all become `81A12345`. Other scripts are dropped,
 * because plate cameras read the Latin part of a Cambodian plate such as `ភ្នំពេញ 2A-1234`.
 */
export function plateSearchKey(value: string): string {
  return value
    .normalize('NFC')
    .toUpperCase()
    .replace(/Đ/g, 'D')
    .replace(/[^A-Z0-9]/g, '');
}

/** Formats a registration number as printed: `123.45` for 5 digits, `1234` for 4. */
function printedSerial(serial: string): string {
  return serial.length === 5 ? `${serial.slice(0, 3)}.${serial.slice(3)}` : serial;
}

/**
 * Reads a Vietnamese plate number of a vehicle of the kind, in any mix of case, spaces, dots and
 * dashes, such as `81a 123.45`, `81-B1 234.56`, `29AB12345` or the trailer `81R-012.34`.
 * Returns null when it fits no layout of that kind.
 */
export function parseVietnamPlate(value: string, kind: PlateVehicleKind): VietnamPlate | null {
  const spaced = value.normalize('NFC').toUpperCase().replace(SEPARATORS, ' ').trim();
  const match = LAYOUTS[kind].exec(spaced);
  if (!match || Number(match[1]) < LOWEST_PROVINCE_CODE) {
    return null;
  }

  const [, provinceCode, series] = match;
  if (kind === 'truck' && series === TRAILER_SERIES) {
    return null;
  }

  const serial = match[3].replace(' ', '');
  const display = `${provinceCode}${series}-${printedSerial(serial)}`;
  return { provinceCode, series, serial, display, searchKey: plateSearchKey(display) };
}
