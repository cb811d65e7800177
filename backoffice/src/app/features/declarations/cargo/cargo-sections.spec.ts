import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { LanguageState } from '../../../core/i18n/language-state';
import { TEST_COUNTRIES, TEST_GATES, TEST_PURPOSES } from '../../../../testing/declaration-factory';
import { provideTestTranslations } from '../../../../testing/test-translations';
import { CargoAttachments } from './cargo-attachments';
import { CargoConsignment } from './cargo-consignment';
import { CargoGoods } from './cargo-goods';
import { buildCargoDeclaration, buildCargoView } from './cargo-view.fixtures';

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

describe('cargo sections of the declaration detail', () => {
  let httpTesting: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideTestTranslations()],
    });
    await TestBed.inject(LanguageState).use('en');
    httpTesting = TestBed.inject(HttpTestingController);
  });

  afterEach(() => httpTesting.verify());

  function answerReferenceData(): void {
    httpTesting.match('/api/public/gates').forEach((request) => request.flush(TEST_GATES));
    httpTesting.match('/api/public/purposes').forEach((request) => request.flush(TEST_PURPOSES));
    httpTesting.match('/api/public/countries').forEach((request) => request.flush(TEST_COUNTRIES));
  }

  async function consignment(declaration = buildCargoDeclaration()): Promise<HTMLElement> {
    const fixture = TestBed.createComponent(CargoConsignment);
    fixture.componentRef.setInput('declaration', declaration);
    fixture.detectChanges();
    answerReferenceData();
    await settle();
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('shows business, import, counterpart, vehicle and trailer', async () => {
    const host = await consignment();

    const text = host.textContent ?? '';
    expect(text).toContain('Import');
    expect(text).toContain('10/12/2026 08:30');
    expect(host.querySelector('.business-name')?.textContent).toContain('Công ty TNHH Nông sản Đức Cơ');
    expect(host.querySelector('.tax-code')?.textContent).toContain('0100109106');
    expect(host.querySelector('.counterpart-name')?.textContent).toContain(
      'Ratanakiri Agro Trading Co., Ltd.',
    );
    expect(text).toContain('Cambodia');
    expect(text).toContain('Tractor unit');
    expect(host.querySelector('.vehicle-plate')?.textContent).toContain('81C-123.45');
    expect(host.querySelector('.trailer-plate')?.textContent).toContain('81R-012.34');
    expect(host.querySelector('.licence-expiry.expired')).toBeNull();
  });

  it('highlights an expired transport licence', async () => {
    const cargo = buildCargoView();
    cargo.vehicle = { ...cargo.vehicle, transportLicenceExpiry: '2026-01-31' };

    const host = await consignment(buildCargoDeclaration(cargo));

    const expiry = host.querySelector('.licence-expiry.expired');
    expect(expiry?.textContent).toContain('31/01/2026');
    expect(expiry?.textContent).toContain('Expired');
  });

  it('says when there is no trailer', async () => {
    const host = await consignment(buildCargoDeclaration(buildCargoView({ trailer: null })));

    expect(host.querySelector('.trailer-plate')?.textContent).toContain('No trailer');
  });

  it('lists the goods lines and totals', () => {
    const fixture = TestBed.createComponent(CargoGoods);
    fixture.componentRef.setInput('cargo', buildCargoView());
    fixture.detectChanges();
    httpTesting.expectOne('/api/reference/units').flush([
      { code: 'kg', nameVi: 'kilôgam', nameEn: 'kilogram', nameKm: 'គីឡូក្រាម', decimals: 3 },
      { code: 'tne', nameVi: 'tấn', nameEn: 'tonne', nameKm: 'តោន', decimals: 3 },
    ]);
    answerReferenceData();
    fixture.detectChanges();
    const host = fixture.nativeElement as HTMLElement;

    const rows = [...host.querySelectorAll('tbody tr')].map((row) =>
      row.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(rows.length).toBe(2);
    expect(rows[0]).toContain('0714.10.11');
    expect(rows[0]).toContain('Sắn lát khô');
    expect(rows[1]).toContain('0801.31.00');
    expect(rows[0]).toContain('28,000 kilogram');
    expect(rows[1]).toContain('2.5 tonne');
    expect(rows[0]).toContain('7,000 USD');
    expect(rows[0]).toContain('Cambodia');
    expect(rows[0]).not.toContain('KHM');
    expect(host.querySelector('.total-net')?.textContent).toContain('0.3 kg (0.0003 t)');
    expect(host.querySelector('.total-values')?.textContent).toContain('10,000 USD');
  });

  it('formats goods numbers in Vietnamese', async () => {
    await TestBed.inject(LanguageState).use('vi');
    const cargo = buildCargoView();
    cargo.goodsLines = [{ ...cargo.goodsLines[0], quantity: '30000.1', value: '7800.1' }];
    cargo.totals = {
      ...cargo.totals,
      netWeightKg: '30000.3',
      netWeightTonnes: '30.0003',
      values: [{ currency: 'USD', amount: '7800.1' }],
    };
    const fixture = TestBed.createComponent(CargoGoods);
    fixture.componentRef.setInput('cargo', cargo);
    fixture.detectChanges();
    httpTesting
      .expectOne('/api/reference/units')
      .flush([{ code: 'kg', nameVi: 'Kilôgam', nameEn: 'kilogram', nameKm: 'គីឡូក្រាម', decimals: 3 }]);
    answerReferenceData();
    fixture.detectChanges();
    const host = fixture.nativeElement as HTMLElement;

    const row = host.querySelector('tbody tr')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(row).toContain('30.000,1 Kilôgam');
    expect(row).toContain('7.800,1 USD');
    expect(row).toContain('Campuchia');
    expect(host.querySelector('.total-net')?.textContent).toContain('30.000,3 kg (30,0003 tấn)');
    expect(host.querySelector('.total-values')?.textContent).toContain('7.800,1 USD');
  });

  it('highlights the missing required attachments', () => {
    const fixture = TestBed.createComponent(CargoAttachments);
    fixture.componentRef.setInput('declarationId', 'd1');
    fixture.componentRef.setInput('cargo', buildCargoView());
    fixture.detectChanges();
    const host = fixture.nativeElement as HTMLElement;

    expect(host.querySelector('.missing')?.textContent).toContain('Phytosanitary certificate');
    expect(host.querySelector('.attachment-name')?.textContent).toContain('hoa-don-0123.pdf');
  });

  it('opens a PDF attachment in place from the officer endpoint', async () => {
    spyOn(URL, 'createObjectURL').and.returnValue('blob:attachment-1');
    const fixture = TestBed.createComponent(CargoAttachments);
    fixture.componentRef.setInput('declarationId', 'd1');
    fixture.componentRef.setInput('cargo', buildCargoView());
    fixture.detectChanges();
    const host = fixture.nativeElement as HTMLElement;

    host.querySelector<HTMLButtonElement>('.attachment button')!.click();
    fixture.detectChanges();
    httpTesting
      .expectOne({ method: 'GET', url: '/api/officer/declarations/d1/attachments/a1' })
      .flush(new Blob(['%PDF-1.7']));
    await settle();
    fixture.detectChanges();

    expect(host.querySelector('iframe')?.getAttribute('src')).toBe('blob:attachment-1');
  });
});
