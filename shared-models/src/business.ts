import { z } from 'zod';

import { EmailAddress } from './applicant-account';
import { choiceError } from './choice-error';
import { ExpectedVersion } from './officer-decision';
import { TaxCode, TaxCodeKind } from './tax-code';
import { requiredText, requiredVisibleText } from './text';

/** A member's role in a business: the administrator also manages members and invitations. */
export const BusinessRole = z.enum(['administrator', 'staff'], { error: choiceError });
export type BusinessRole = z.infer<typeof BusinessRole>;

/** A phone number as typed: 8 to 15 digits, an optional leading +, and spaces, dots or dashes between groups. */
export const PhoneNumber = requiredText(20)
  .transform((phone) => phone.replace(/[\s.\-()]/g, ''))
  .pipe(z.string().regex(/^\+?\d{8,15}$/, { error: 'invalidPhoneNumber' }));

/** The company's details that any administrator may change; the tax code is fixed at registration. */
export const BusinessDetails = z.object({
  name: requiredVisibleText(200),
  address: requiredVisibleText(300),
  contactName: requiredVisibleText(100),
  contactPhone: PhoneNumber,
  contactEmail: EmailAddress,
});
export type BusinessDetails = z.infer<typeof BusinessDetails>;

/** Body of `POST /api/applicant/businesses`: the registering applicant becomes its administrator. */
export const BusinessRegistration = BusinessDetails.extend({ taxCode: TaxCode });
export type BusinessRegistration = z.infer<typeof BusinessRegistration>;

/** Body of `PUT /api/applicant/businesses/:businessId`: the version last read, and the new details. */
export const BusinessUpdate = BusinessDetails.extend({ version: ExpectedVersion });
export type BusinessUpdate = z.infer<typeof BusinessUpdate>;

/** A business as the API returns it to a member, with the caller's own role in it. */
export const BusinessView = z.object({
  id: z.string(),
  taxCode: z.string(),
  taxCodeKind: TaxCodeKind,
  name: z.string(),
  address: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  contactEmail: z.string(),
  version: z.number().int(),
  role: BusinessRole,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type BusinessView = z.infer<typeof BusinessView>;

/** A member of a business, as its members see them. */
export const BusinessMemberView = z.object({
  applicantId: z.string(),
  fullName: z.string(),
  email: z.string(),
  role: BusinessRole,
  joinedAt: z.string(),
});
export type BusinessMemberView = z.infer<typeof BusinessMemberView>;
