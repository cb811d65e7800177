import type { DocumentTypeCode } from '../pages/traveller-section';
import type { PortalLanguage } from '../pages/translated-portal';
import { localDatePlusDays } from './dates';
import type { MrzHolder } from './mrz';

/** A traveller who pastes a passport's MRZ after typing their full name with diacritics. */
export interface PassportLead {
  fullName: string;
  mrz: MrzHolder;
}

/** A companion who pastes an ID card's MRZ, then writes the name with diacritics and picks the document type. */
export interface IdCardCompanion {
  fullName: string;
  mrz: MrzHolder;
  documentType: DocumentTypeCode;
}

/** A companion typed by hand, whose passport number the officer requests a correction of. Dates as dd/MM/yyyy. */
export interface TypedCompanion {
  fullName: string;
  sex: 'male' | 'female';
  dateOfBirth: string;
  nationality: string;
  documentNumber: string;
  correctedDocumentNumber: string;
  documentExpiryDate: string;
}

/** The three people of one group declaration. */
export interface TravellerGroup {
  lead: PassportLead;
  cardHolder: IdCardCompanion;
  typed: TypedCompanion;
}

/** Turns the forms' dd/MM/yyyy into `YYYY-MM-DD`. */
function isoDate(ddMMyyyy: string): string {
  const [day, month, year] = ddMMyyyy.split('/');
  return `${year}-${month}-${day}`;
}

/**
 * A group for each interface language, with other people in each, so that the runs never find
 * each other's declarations. Expiry dates count from today, so the documents stay valid.
 */
export function travellerGroup(language: PortalLanguage): TravellerGroup {
  const passportExpiry = isoDate(localDatePlusDays(1500));
  const cardExpiry = isoDate(localDatePlusDays(2000));
  const typedExpiry = localDatePlusDays(1200);

  switch (language) {
    case 'vi':
      return {
        lead: {
          fullName: 'Nguyễn Văn Đức',
          mrz: vietnameseHolder('NGUYEN', 'VAN DUC', 'C4827316', '1988-05-17', 'M', passportExpiry),
        },
        cardHolder: {
          fullName: 'Trần Thị Mỹ Hạnh',
          // A CCCD: Gia Lai (064), a woman born in the 1900s (1), in 1992.
          mrz: vietnameseHolder('TRAN', 'THI MY HANH', '064192004817', '1992-03-12', 'F', cardExpiry),
          documentType: 'vn_citizen_id',
        },
        typed: {
          fullName: 'Sok Sreymom',
          sex: 'female',
          dateOfBirth: '04/11/1996',
          nationality: 'KHM',
          documentNumber: 'N01928374',
          correctedDocumentNumber: 'N01928347',
          documentExpiryDate: typedExpiry,
        },
      };

    case 'en':
      return {
        lead: {
          fullName: 'Lê Hoàng Phúc',
          mrz: vietnameseHolder('LE', 'HOANG PHUC', 'C5930148', '1985-09-23', 'M', passportExpiry),
        },
        cardHolder: {
          fullName: 'Phạm Thị Thu Trang',
          // A CCCD: Gia Lai (064), a woman born in the 1900s (1), in 1993.
          mrz: vietnameseHolder('PHAM', 'THI THU TRANG', '064193015226', '1993-07-08', 'F', cardExpiry),
          documentType: 'vn_citizen_id',
        },
        typed: {
          fullName: 'Chea Vannak',
          sex: 'male',
          dateOfBirth: '14/02/1990',
          nationality: 'KHM',
          documentNumber: 'N02837465',
          correctedDocumentNumber: 'N02837456',
          documentExpiryDate: typedExpiry,
        },
      };

    case 'km':
      return {
        lead: {
          fullName: 'Sok Dara',
          mrz: {
            issuingState: 'KHM',
            nationality: 'KHM',
            surname: 'SOK',
            givenNames: 'DARA',
            documentNumber: 'N03948576',
            dateOfBirth: '1987-12-01',
            sex: 'M',
            documentExpiryDate: passportExpiry,
          },
        },
        cardHolder: {
          fullName: 'Chan Sophea',
          mrz: {
            issuingState: 'KHM',
            nationality: 'KHM',
            surname: 'CHAN',
            givenNames: 'SOPHEA',
            documentNumber: '010203045',
            dateOfBirth: '1994-06-19',
            sex: 'F',
            documentExpiryDate: cardExpiry,
          },
          documentType: 'other',
        },
        typed: {
          fullName: 'Đặng Minh Khôi',
          sex: 'male',
          dateOfBirth: '30/01/1991',
          nationality: 'VNM',
          documentNumber: 'C6071829',
          correctedDocumentNumber: 'C6071892',
          documentExpiryDate: typedExpiry,
        },
      };
  }
}

/** A Vietnamese holder of a document issued by Vietnam. */
function vietnameseHolder(
  surname: string,
  givenNames: string,
  documentNumber: string,
  dateOfBirth: string,
  sex: 'M' | 'F',
  documentExpiryDate: string,
): MrzHolder {
  return {
    issuingState: 'VNM',
    nationality: 'VNM',
    surname,
    givenNames,
    documentNumber,
    dateOfBirth,
    sex,
    documentExpiryDate,
  };
}
