import { ApiClient } from '../../test/api-client';

describe('public reference data', () => {
  it('lists the Lệ Thanh gate', async () => {
    const client = await ApiClient.create();

    const response = await client.get('/api/public/gates').expect(200);

    expect(response.body).toContain({
      code: 'LT',
      nameVi: 'Cửa khẩu quốc tế Lệ Thanh',
      nameEn: 'Lệ Thanh International Border Gate',
      nameKm: 'ច្រកព្រំដែនអន្តរជាតិឡេថាញ់',
      facingGateName: 'O Yadav',
      province: 'Gia Lai',
      facingProvince: 'Ratanakiri',
      facingCountry: 'KHM',
      submissionOpensDaysBefore: 7,
      cargoSubmissionLeadMinutes: 60,
    });
  });

  it('lists the six travel purposes in order', async () => {
    const client = await ApiClient.create();

    const response = await client.get('/api/public/purposes').expect(200);

    expect(response.body.map((purpose: { code: string }) => purpose.code)).toEqual([
      'work',
      'business',
      'family_visit',
      'tourism',
      'border_residence',
      'other',
    ]);
  });

  it('lists countries with Vietnamese, English and Khmer names', async () => {
    const client = await ApiClient.create();

    const response = await client.get('/api/public/countries').expect(200);

    expect(response.body.length).toBeGreaterThan(240);
    expect(response.body).toContain({
      code: 'KHM',
      nameVi: 'Campuchia',
      nameEn: 'Cambodia',
      nameKm: 'កម្ពុជា',
    });
    expect(response.body).toContain({ code: 'VNM', nameVi: 'Việt Nam', nameEn: 'Vietnam', nameKm: 'វៀតណាម' });
  });

  it('sorts countries by name in the request language', async () => {
    const vietnamese = await ApiClient.create({ language: 'vi' });
    const english = await ApiClient.create({ language: 'en' });

    const inVietnamese = (await vietnamese.get('/api/public/countries').expect(200)).body as {
      nameVi: string;
    }[];
    const inEnglish = (await english.get('/api/public/countries').expect(200)).body as { nameEn: string }[];

    const collatorVi = new Intl.Collator('vi');
    const collatorEn = new Intl.Collator('en');
    const namesVi = inVietnamese.map((country) => country.nameVi);
    const namesEn = inEnglish.map((country) => country.nameEn);
    expect(namesVi).toEqual([...namesVi].sort(collatorVi.compare));
    expect(namesEn).toEqual([...namesEn].sort(collatorEn.compare));
  });

  it('answers the health check', async () => {
    const client = await ApiClient.create();

    const response = await client.get('/api/health').expect(200);

    expect(response.body).toEqual({ status: 'ok' });
  });
});
