import { z } from 'zod';

import { ApplicantRegistration } from './applicant-account';
import { issueMessageKey, issuePath } from './validation-issues';
import {
  FIELD_LABEL_KEYS,
  FIELD_LABELS,
  VALIDATION_MESSAGE_KEYS,
  VALIDATION_MESSAGES,
  fieldLabel,
  validationMessage,
} from './validation-messages';

describe('validation messages', () => {
  it('names a companion field in Vietnamese and English', () => {
    expect(fieldLabel(['travellers', 2, 'fullName'], 'vi')).toBe('Người đi cùng 2 – Họ và tên');
    expect(fieldLabel(['travellers', 0, 'dateOfBirth'], 'en')).toBe('Lead traveller – Date of birth');
  });

  it('renders a message that names the field', () => {
    const message = validationMessage('invalidDate', ['plannedCrossingDate'], 'vi');

    expect(message).toContain('Ngày dự kiến qua cửa khẩu');
    expect(message).toContain('dd/MM/yyyy');
  });

  it('fills the allowed dates of the submission window in every language', () => {
    for (const language of ['vi', 'en', 'km']) {
      const message = validationMessage('outsideSubmissionWindow', ['plannedCrossingDate'], language, {
        from: '03/03/2026',
        until: '10/03/2026',
      });

      expect(message).withContext(language).toContain('03/03/2026');
      expect(message).withContext(language).toContain('10/03/2026');
      expect(message)
        .withContext(language)
        .not.toMatch(/\{(from|until)\}/);
    }
  });

  it('falls back to English for a language without a catalog', () => {
    expect(validationMessage('required', ['email'], 'fr')).toBe('E-mail is missing. Please fill it in.');
  });

  it('names a companion field in Khmer', () => {
    expect(fieldLabel(['travellers', 1, 'fullName'], 'km')).toBe('អ្នករួមដំណើរទី 1 – ឈ្មោះពេញ');
    expect(validationMessage('required', ['email'], 'km')).toBe('អ៊ីមែល៖ មិនទាន់បានបំពេញ។ សូមបំពេញព័ត៌មាននេះ។');
  });

  it('names cargo travellers as driver and crew in three languages', () => {
    expect(fieldLabel(['travellers', 0, 'documentNumber'], 'vi', 'cargo')).toBe('Lái xe – Số giấy tờ');
    expect(fieldLabel(['travellers', 2, 'fullName'], 'vi', 'cargo')).toBe('Phụ xe thứ 2 – Họ và tên');
    expect(fieldLabel(['travellers', 0, 'documentNumber'], 'en', 'cargo')).toBe('Driver – Document number');
    expect(fieldLabel(['travellers', 1, 'fullName'], 'en', 'cargo')).toBe('Crew member 1 – Full name');
    expect(fieldLabel(['travellers', 0, 'fullName'], 'km', 'cargo')).toBe('អ្នកបើកបរ – ឈ្មោះពេញ');
    expect(fieldLabel(['travellers', 1, 'fullName'], 'km', 'cargo')).toBe('បុគ្គលិកលើឡានទី 1 – ឈ្មោះពេញ');
  });

  it('keeps the travel wording for travel and by default', () => {
    for (const kind of ['travel', undefined] as const) {
      expect(fieldLabel(['travellers', 0, 'fullName'], 'vi', kind)).toBe('Người khai chính – Họ và tên');
      expect(fieldLabel(['travellers', 1, 'fullName'], 'en', kind)).toBe('Companion 1 – Full name');
      expect(fieldLabel(['travellers', 1, 'fullName'], 'km', kind)).toBe('អ្នករួមដំណើរទី 1 – ឈ្មោះពេញ');
      expect(fieldLabel(['travellers'], 'en', kind)).toBe('Travellers');
    }
  });

  it('names the whole cargo crew list', () => {
    expect(fieldLabel(['travellers'], 'en', 'cargo')).toBe('Driver and crew');
    expect(validationMessage('noDriver', ['travellers'], 'vi', {}, 'cargo')).toBe(
      'Lái xe và phụ xe: cần có thông tin người lái xe.',
    );
  });

  it('labels cargo goods lines from 1 in either kind', () => {
    for (const kind of ['travel', 'cargo'] as const) {
      expect(fieldLabel(['goodsLines', 0, 'hsCode'], 'en', kind)).toBe('Goods line 1 – HS code');
      expect(fieldLabel(['goodsLines', 2, 'hsCode'], 'vi', kind)).toBe('Dòng hàng 3 – Mã HS');
    }
  });

  it('renders a cargo message naming the driver', () => {
    expect(validationMessage('required', ['travellers', 0, 'documentNumber'], 'en', {}, 'cargo')).toBe(
      'Driver – Document number is missing. Please fill it in.',
    );
  });

  for (const language of ['vi', 'en', 'km'] as const) {
    it(`has every message key in ${language}, each naming the field`, () => {
      const catalog: Record<string, string | undefined> = VALIDATION_MESSAGES[language];

      for (const key of VALIDATION_MESSAGE_KEYS) {
        expect(catalog[key]).withContext(`${language}.${key}`).toContain('{field}');
      }
      expect(Object.keys(catalog).sort()).toEqual([...VALIDATION_MESSAGE_KEYS].sort());
    });

    it(`has every field label in ${language}`, () => {
      const labels: Record<string, string | undefined> = FIELD_LABELS[language];

      for (const key of FIELD_LABEL_KEYS) {
        expect(labels[key]?.trim()).withContext(`${language}.${key}`).toBeTruthy();
      }
      expect(Object.keys(labels).sort()).toEqual([...FIELD_LABEL_KEYS].sort());
    });
  }

  it('renders an unknown key as a generic invalid message', () => {
    expect(validationMessage('no-such-key', ['email'], 'en')).toBe('E-mail has an invalid value.');
  });
});

describe('issueMessageKey', () => {
  it('keeps the keys that schemas set', () => {
    const result = ApplicantRegistration.safeParse({
      email: 'not-an-email',
      password: 'short',
      fullName: 'A',
    });
    const keys = result.error?.issues.map((issue) => `${issuePath(issue)}:${issueMessageKey(issue)}`);

    expect(keys).toContain('email:invalidEmail');
    expect(keys).toContain('password:passwordTooShort');
  });

  it('maps a missing value of a plain schema to required', () => {
    const result = z.object({ fullName: z.string() }).safeParse({});

    expect(issueMessageKey(result.error!.issues[0])).toBe('required');
  });

  it('maps an unknown key of a strict object to unknownField', () => {
    const result = z.strictObject({}).safeParse({ extra: 1 });

    expect(issueMessageKey(result.error!.issues[0])).toBe('unknownField');
  });
});
