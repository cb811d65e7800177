import type { BusinessMemberView, BusinessView } from '@smartgate/shared-models';

import type { ApiClient } from '../../test/api-client';
import { signedInApplicant } from '../../test/factories';
import {
  BUSINESSES,
  businessRegistration,
  joinBusiness,
  registeredBusiness,
  uniqueTaxCode,
} from './business.fixtures';

interface FieldError {
  path: string;
  code: string;
  message: string;
}

describe('businesses', () => {
  let administrator: ApiClient;

  beforeEach(async () => {
    ({ client: administrator } = await signedInApplicant('en'));
  });

  it('registers a business with the applicant as administrator', async () => {
    const registration = businessRegistration();

    const response = await administrator.post(BUSINESSES, registration).expect(201);

    const business = response.body as BusinessView;
    expect(business.taxCode).toBe(registration.taxCode);
    expect(business.taxCodeKind).toBe('enterprise');
    expect(business.role).toBe('administrator');
    expect(business.version).toBe(1);
    expect(business.contactPhone).toBe('0912345678');
    const fetched = await administrator.get(`${BUSINESSES}/${business.id}`).expect(200);
    expect(fetched.body).toEqual(business);
  });

  it('stores a branch code with its hyphen and a household personal ID', async () => {
    const branch = await registeredBusiness(administrator, { taxCode: '0314409058 - 002' });
    const household = await registeredBusiness(administrator, { taxCode: '064088001234' });

    expect(branch.taxCode).toBe('0314409058-002');
    expect(branch.taxCodeKind).toBe('branch');
    expect(household.taxCodeKind).toBe('household');
  });

  const badTaxCodes: [string, string, string][] = [
    ['a wrong check digit', '0100233480', 'invalidTaxCodeCheckDigit'],
    ['13 digits without the hyphen', '0314409058003', 'taxCodeBranchHyphen'],
    ['letters', '01002334AB', 'taxCodeLetters'],
    ['too few digits', '12345', 'invalidTaxCode'],
  ];
  for (const [description, taxCode, code] of badTaxCodes) {
    it(`rejects a tax code with ${description}`, async () => {
      const response = await administrator.post(BUSINESSES, businessRegistration({ taxCode })).expect(400);

      const errors = response.body.errors as FieldError[];
      expect(errors).toEqual([jasmine.objectContaining({ path: 'taxCode', code })]);
      expect(errors[0].message).toContain('Tax code (MST)');
    });
  }

  it('explains the missing hyphen in Vietnamese', async () => {
    const { client } = await signedInApplicant('vi');

    const response = await client
      .post(BUSINESSES, businessRegistration({ taxCode: '0314409058004' }))
      .expect(400);

    expect(response.body.errors[0].message).toContain('dấu gạch ngang');
  });

  it('rejects missing and invalid details, naming each field', async () => {
    const response = await administrator
      .post(BUSINESSES, { taxCode: uniqueTaxCode(), contactPhone: '12', contactEmail: 'not-an-address' })
      .expect(400);

    const codes = (response.body.errors as FieldError[]).map((error) => `${error.path}:${error.code}`);
    expect(codes).toEqual(
      jasmine.arrayWithExactContents([
        'name:required',
        'address:required',
        'contactName:required',
        'contactPhone:invalidPhoneNumber',
        'contactEmail:invalidEmail',
      ]),
    );
  });

  it('sends a second registration of a tax code to its administrator', async () => {
    const registration = businessRegistration();
    await administrator.post(BUSINESSES, registration).expect(201);
    const { client: other } = await signedInApplicant('en');

    const response = await other.post(BUSINESSES, { ...registration, name: 'Another name' }).expect(409);

    expect(response.body.type).toBe('/api/problems/tax-code-registered');
    expect(response.body.detail).toContain('administrator to invite you');
  });

  it('registers one business when the same tax code arrives twice at once', async () => {
    const registration = businessRegistration();

    const statuses = await Promise.all([
      administrator.post(BUSINESSES, registration).then((response) => response.status),
      administrator.post(BUSINESSES, registration).then((response) => response.status),
    ]);

    expect(statuses.sort()).toEqual([201, 409]);
  });

  it('lists only the businesses the applicant belongs to, by name', async () => {
    await registeredBusiness(administrator, { name: 'Đại Phát' });
    await registeredBusiness(administrator, { name: 'Bình Minh' });
    const { client: other } = await signedInApplicant('en');
    await registeredBusiness(other, { name: 'An Khang' });

    const response = await administrator.get(BUSINESSES).expect(200);

    expect((response.body as BusinessView[]).map((business) => business.name)).toEqual([
      'Bình Minh',
      'Đại Phát',
    ]);
    expect(response.headers['cache-control']).toBe('private, no-store');
  });

  it('updates the details at the current version and keeps the tax code', async () => {
    const business = await registeredBusiness(administrator);

    const response = await administrator
      .put(`${BUSINESSES}/${business.id}`, {
        ...businessRegistration(),
        taxCode: undefined,
        name: 'Tên mới',
        version: 1,
      })
      .expect(200);

    expect(response.body.name).toBe('Tên mới');
    expect(response.body.version).toBe(2);
    expect(response.body.taxCode).toBe(business.taxCode);
  });

  it('rejects an update of a stale version with a conflict', async () => {
    const business = await registeredBusiness(administrator);
    const { taxCode: _taxCode, ...details } = businessRegistration();
    await administrator
      .put(`${BUSINESSES}/${business.id}`, { ...details, name: 'First', version: 1 })
      .expect(200);

    const response = await administrator
      .put(`${BUSINESSES}/${business.id}`, { ...details, name: 'Second', version: 1 })
      .expect(409);

    expect(response.body.type).toBe('/api/problems/version-conflict');
    const stored = await administrator.get(`${BUSINESSES}/${business.id}`).expect(200);
    expect(stored.body.name).toBe('First');
  });

  describe('members', () => {
    let business: BusinessView;
    let staff: { client: ApiClient; id: string; email: string };
    let administratorId: string;

    beforeEach(async () => {
      business = await registeredBusiness(administrator);
      const signedIn = await signedInApplicant('en');
      staff = { client: signedIn.client, id: signedIn.profile.id, email: signedIn.profile.email };
      await joinBusiness(administrator, business.id, staff);
      const members = await administrator.get(`${BUSINESSES}/${business.id}/members`).expect(200);
      administratorId = (members.body as BusinessMemberView[]).find(
        (member) => member.role === 'administrator',
      )!.applicantId;
    });

    it('lists members with their roles to every member', async () => {
      const response = await staff.client.get(`${BUSINESSES}/${business.id}/members`).expect(200);

      const members = response.body as BusinessMemberView[];
      expect(members.map((member) => member.role).sort()).toEqual(['administrator', 'staff']);
      expect(members).toContain(jasmine.objectContaining({ applicantId: staff.id, email: staff.email }));
    });

    it('lets the administrator remove a staff member, who then gets 404', async () => {
      await administrator.delete(`${BUSINESSES}/${business.id}/members/${staff.id}`).expect(204);

      await staff.client.get(`${BUSINESSES}/${business.id}`).expect(404);
    });

    it('lets a staff member leave', async () => {
      await staff.client.delete(`${BUSINESSES}/${business.id}/members/${staff.id}`).expect(204);

      const members = await administrator.get(`${BUSINESSES}/${business.id}/members`).expect(200);
      expect((members.body as BusinessMemberView[]).length).toBe(1);
    });

    it('never removes the last administrator', async () => {
      const response = await administrator
        .delete(`${BUSINESSES}/${business.id}/members/${administratorId}`)
        .expect(409);

      expect(response.body.type).toBe('/api/problems/business-membership-conflict');
      expect(response.body.detail).toContain('at least one administrator');
    });

    it('lets one of two administrators leave', async () => {
      const second = await signedInApplicant('en');
      await joinBusiness(
        administrator,
        business.id,
        { client: second.client, email: second.profile.email },
        'administrator',
      );

      await administrator.delete(`${BUSINESSES}/${business.id}/members/${administratorId}`).expect(204);

      const members = await second.client.get(`${BUSINESSES}/${business.id}/members`).expect(200);
      expect((members.body as BusinessMemberView[]).map((member) => member.role).sort()).toEqual([
        'administrator',
        'staff',
      ]);
    });

    it('answers 404 for removing someone who is not a member', async () => {
      const { profile: outsider } = await signedInApplicant('en');

      await administrator.delete(`${BUSINESSES}/${business.id}/members/${outsider.id}`).expect(404);
    });
  });
});
