import { z } from 'zod';

/**
 * Public verification of a result QR token, as the verification page shows it. It contains no
 * personal data beyond a masked name such as "N*** T*** T***".
 */
export const ResultVerification = z.object({
  /** `used` means every traveller has crossed with the result or been refused at the gate. */
  status: z.enum(['valid', 'pending', 'revoked', 'expired', 'not_yet_valid', 'used']),
  resultNumber: z.string(),
  gate: z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string() }),
  direction: z.enum(['entry', 'exit']),
  validFrom: z.string(),
  validUntil: z.string(),
  maskedName: z.string(),
  travellerCount: z.number().int(),
  /** When the first traveller crossed with the result (ISO 8601, UTC); null before any crossing. */
  firstCrossedAt: z.string().nullable(),
});
export type ResultVerification = z.infer<typeof ResultVerification>;

/** Masks every word of a name after its first letter: "Nguyễn Trọng Thiện" becomes "N***** T**** T****". */
export function maskName(fullName: string): string {
  return fullName
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map((word) => {
      const letters = Array.from(word);
      return letters[0] + '*'.repeat(letters.length - 1);
    })
    .join(' ');
}
