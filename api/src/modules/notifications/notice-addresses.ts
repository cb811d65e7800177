import type { CargoNoticeFacts } from './cargo-notice.repository';

/** The addresses of a notice e-mail. */
export interface NoticeAddresses {
  to: string;
  cc?: string;
}

/**
 * Picks the addresses of a declaration's notice. A traveller's notice goes to the applicant's
 * account, or to the contact left at the counter.
 *
 * A cargo notice goes to the staff member who filed the declaration, who follows it up, with a
 * copy to the business's contact address from its registration: the company learns of every
 * decision about its trucks even when that staff member is away, and colleagues can act on it.
 * A filer who has left the company gets nothing, because the consignment is the company's and
 * the link would show them a 404, so the notice goes to the contact address alone.
 */
export function noticeAddresses(
  recipientEmail: string | null,
  cargo: CargoNoticeFacts | null,
): NoticeAddresses | null {
  const filerLeft = cargo !== null && cargo.businessName !== null && !cargo.filerIsMember;
  const filer = filerLeft ? null : recipientEmail;
  const contact = cargo?.businessContactEmail ?? null;

  if (!filer) {
    return contact ? { to: contact } : null;
  }
  if (!contact || contact.toLowerCase() === filer.toLowerCase()) {
    return { to: filer };
  }
  return { to: filer, cc: contact };
}
