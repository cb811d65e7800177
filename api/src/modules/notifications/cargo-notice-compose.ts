import type { Direction, Language } from '@smartgate/shared-models';

import { cargoFactLines } from './cargo-notice-layout';
import type { CargoNoticeFacts } from './cargo-notice.repository';
import {
  composeNotice,
  declarationPageUrl,
  localizedGateName,
  type GateNames,
  type MailContent,
  type NoticeText,
} from './notice-layout';

/** The facts that every cargo notice fills in, formatted in the recipient's language. */
export interface CargoNoticeBaseFacts {
  truck: string;
  gateName: string;
  consignment: string[];
  detailUrl: string;
}

/** The declaration a cargo notice reports on, its recipient and its consignment. */
export interface CargoNoticeSubject {
  declaration: GateNames & {
    declarationId: string;
    businessId: string | null;
    direction: Direction;
    timeZone: string;
  };
  recipient: { language: Language; fullName: string };
  cargo: CargoNoticeFacts;
  publicBaseUrl: string;
}

/**
 * Writes a cargo notice from its texts: the consignment, truck, gate and cargo page link that
 * every cargo notice names, plus the notice's own `facts`. The greeting names the company,
 * because its contact address gets a copy.
 */
export function composeCargoNotice<Facts extends object>(
  texts: Record<Language, (facts: Facts & CargoNoticeBaseFacts) => NoticeText>,
  subject: CargoNoticeSubject,
  facts: Facts,
): MailContent {
  const { declaration, recipient, cargo } = subject;
  const gateName = localizedGateName(declaration, recipient.language);

  const text = texts[recipient.language]({
    ...facts,
    truck: cargo.vehiclePlate ?? '',
    gateName,
    consignment: cargoFactLines(cargo, declaration, recipient.language),
    detailUrl: declarationPageUrl(subject.publicBaseUrl, declaration),
  });
  const addressee = cargo.businessName ?? recipient.fullName;
  return composeNotice(text, { language: recipient.language, fullName: addressee, gateName });
}
