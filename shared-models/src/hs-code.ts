import { z } from 'zod';

/** Dots, spaces and dashes that people type between the parts of an HS code, as in `0714.10.11`. */
const HS_SEPARATORS = /[\s.\-‐–]+/g;

/**
 * Removes the separators people type in an HS code: `0714.10` becomes `071410`. Leading
 * zeros matter, so HS codes stay strings.
 */
export function normalizeHsCode(raw: string): string {
  return raw.normalize('NFC').replace(HS_SEPARATORS, '');
}

/** Writes an HS code with the dots of the tariff book: `07141011` as `0714.10.11`, `071410` as `0714.10`. */
export function formatHsCode(code: string): string {
  const parts = [code.slice(0, 4), code.slice(4, 6), code.slice(6, 8)].filter(Boolean);
  return parts.join('.');
}

/**
 * The HS code of a goods line: an 8-digit line of the ASEAN tariff nomenclature (AHTN), typed with
 * or without dots. Whether the code exists is checked against the reference data on the server.
 */
export const HsCode = z
  .string({ error: 'required' })
  .transform(normalizeHsCode)
  .pipe(
    z
      .string()
      .min(1, { error: 'required' })
      .regex(/^\d{8}$/, { error: 'invalidHsCode' }),
  );
export type HsCode = z.infer<typeof HsCode>;

/** Border control of a tariff line, if any. */
export const HsControl = z.enum(['prohibited', 'licence_required']);
export type HsControl = z.infer<typeof HsControl>;

/** One line of the HS code reference list, as the search returns it. */
export const HsCodeOption = z.object({
  /** Digits only, such as `07141011`. */
  code: z.string(),
  /** 2 for a chapter, 4 for a heading, 6 for a subheading, 8 for a national tariff line. */
  level: z.number().int(),
  descriptionVi: z.string(),
  descriptionEn: z.string(),
  chapter: z.string(),
  parentCode: z.string().nullable(),
  /** The control set on this code itself, which administrators edit. */
  control: HsControl.nullable(),
  /**
   * The control that goods lines under this code follow: the strictest of the code's own and its
   * chapter's, heading's and subheading's, where `prohibited` beats `licence_required`.
   */
  effectiveControl: HsControl.nullable(),
  /** The code whose control is the effective one, such as `4403` for `44034910`; null without a control. */
  controlSourceCode: z.string().nullable(),
  /** Whether a goods line may use the code: true for 8-digit lines. A prohibited line is still rejected at submission. */
  selectable: z.boolean(),
});
export type HsCodeOption = z.infer<typeof HsCodeOption>;

/** A unit of quantity for goods lines, such as kilograms or pieces. */
export const GoodsUnit = z.object({
  /** Such as `kg`, `tne`, `pce`. */
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  nameKm: z.string(),
  /** How many decimal places a quantity in this unit may have: 0 for pieces, 3 for kilograms. */
  decimals: z.number().int(),
});
export type GoodsUnit = z.infer<typeof GoodsUnit>;

/** Query of `GET /api/reference/hs-codes`: a code prefix (dots allowed) or words of the descriptions. */
export const HsCodeSearchQuery = z.object({
  q: z.string({ error: 'invalidType' }).trim().max(100, { error: 'searchTooLong' }).optional(),
});
export type HsCodeSearchQuery = z.infer<typeof HsCodeSearchQuery>;
