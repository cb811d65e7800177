import { EmailAddress } from './applicant-account';
import { BusinessRegistration } from './business';
import { issueMessageKey, issuePath } from './validation-issues';

function emailIssues(input: unknown): string[] {
  const result = EmailAddress.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issueMessageKey(issue));
}

describe('EmailAddress', () => {
  it('calls an empty or blank address missing', () => {
    expect(emailIssues('')).toEqual(['required']);
    expect(emailIssues('   ')).toEqual(['required']);
    expect(emailIssues(undefined)).toEqual(['required']);
  });

  it('calls a malformed or overlong address invalid', () => {
    expect(emailIssues('not-an-address')).toEqual(['invalidEmail']);
    expect(emailIssues(`${'a'.repeat(250)}@example.com`)).toEqual(['tooLong']);
  });

  it('accepts an address, trimmed and lower-cased', () => {
    expect(EmailAddress.parse('  Lan.Nguyen@Example.VN ')).toBe('lan.nguyen@example.vn');
  });

  it('names an empty contact e-mail of a business registration as missing', () => {
    const result = BusinessRegistration.safeParse({
      taxCode: '0100109106',
      name: 'Công ty TNHH Đức Cơ',
      address: 'Đức Cơ, Gia Lai',
      contactName: 'Nguyễn Thị Lan',
      contactPhone: '0912345678',
      contactEmail: '',
    });

    const issues = result.error?.issues.map((issue) => `${issuePath(issue)}:${issueMessageKey(issue)}`);
    expect(issues).toEqual(['contactEmail:required']);
  });
});
