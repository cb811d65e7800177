/**
 * Column lists of the flag queries. Every branch of a flag query returns the same columns, so
 * that the branches can be joined with UNION ALL; a branch fills the group it concerns and
 * sends NULL for the others.
 */
export const NO_ENTRY = `NULL::uuid AS "entryId", NULL::text AS "entryMatchKind", NULL::text AS "entryReason",
  NULL::timestamptz AS "entryExpiresAt"`;
export const NO_REJECTION = `NULL::uuid AS "rejectedId", NULL::text AS "rejectedReferenceCode",
  NULL::timestamptz AS "rejectedDecidedAt", NULL::text AS "rejectedReason"`;
export const NO_EXPIRY = `NULL::text AS "expiresOn", NULL::text AS "neededUntil"`;

/** The matched watchlist entry, from `w`. */
export const ENTRY = `w.id AS "entryId", w.match_kind AS "entryMatchKind", w.reason AS "entryReason",
  w.expires_at AS "entryExpiresAt"`;
/** The earlier rejected declaration, from `r`. */
export const REJECTION = `r.id AS "rejectedId", r.reference_code AS "rejectedReferenceCode",
  r.decided_at AS "rejectedDecidedAt", r.rejection_reason AS "rejectedReason"`;

/** An entry `w` that can match now: active and before its expiry. */
export const ENTRY_IN_FORCE = 'w.active AND w.expires_at > now()';
