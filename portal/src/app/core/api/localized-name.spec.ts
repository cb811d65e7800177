import { localizedName } from './localized-name';

describe('localizedName', () => {
  const cambodia = { nameVi: 'Campuchia', nameEn: 'Cambodia', nameKm: 'កម្ពុជា' };

  it('picks the name in the interface language', () => {
    expect(localizedName(cambodia, 'vi')).toBe('Campuchia');
    expect(localizedName(cambodia, 'en')).toBe('Cambodia');
    expect(localizedName(cambodia, 'km')).toBe('កម្ពុជា');
  });

  it('falls back to English without a Khmer name', () => {
    expect(localizedName({ nameVi: 'Làm việc', nameEn: 'Work' }, 'km')).toBe('Work');
    expect(localizedName({ nameVi: 'Làm việc', nameEn: 'Work', nameKm: '' }, 'km')).toBe('Work');
  });

  it('shows English for a language without names', () => {
    expect(localizedName(cambodia, 'fr')).toBe('Cambodia');
  });
});
