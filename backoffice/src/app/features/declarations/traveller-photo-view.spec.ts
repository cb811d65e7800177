import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';

import { LanguageState } from '../../core/i18n/language-state';
import { provideTestTranslations } from '../../../testing/test-translations';
import { TravellerPhotoView } from './traveller-photo-view';

const DECLARATION_ID = '7f0c2a52-3f7e-4c55-9d0e-5b1f0a9e2c11';
const PHOTO_URL = `/api/officer/declarations/${DECLARATION_ID}/travellers/1/photo`;

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

describe('TravellerPhotoView', () => {
  let fixture: ComponentFixture<TravellerPhotoView>;
  let httpTesting: HttpTestingController;
  let host: HTMLElement;

  async function show(hasPhoto: boolean): Promise<void> {
    fixture = TestBed.createComponent(TravellerPhotoView);
    fixture.componentRef.setInput('declarationId', DECLARATION_ID);
    fixture.componentRef.setInput('position', 1);
    fixture.componentRef.setInput('hasPhoto', hasPhoto);
    host = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    await settle();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideTestTranslations()],
    });
    await TestBed.inject(LanguageState).use('en');
    httpTesting = TestBed.inject(HttpTestingController);
  });

  afterEach(() => httpTesting.verify());

  it('shows the photo fetched as a blob', async () => {
    spyOn(URL, 'createObjectURL').and.returnValue('blob:officer-1');
    await show(true);

    httpTesting
      .expectOne({ method: 'GET', url: PHOTO_URL })
      .flush(new Blob([new Uint8Array([0xff, 0xd8, 0xff])]));
    await settle();
    fixture.detectChanges();

    const image = host.querySelector('img');
    expect(image?.getAttribute('src')).toBe('blob:officer-1');
    expect(image?.getAttribute('alt')).toBe('Portrait photo of Companion 1');
  });

  it('shows a notice when there is no photo', async () => {
    await show(false);

    expect(host.textContent).toContain('No portrait photo');
  });

  it('shows a notice when loading fails', async () => {
    await show(true);

    httpTesting
      .expectOne({ method: 'GET', url: PHOTO_URL })
      .flush(new Blob(), { status: 404, statusText: 'Not Found' });
    await settle();
    fixture.detectChanges();

    expect(host.querySelector('img')).toBeNull();
    expect(host.textContent).toContain('The photo could not be loaded.');
  });

  it('revokes the object URL when closed', async () => {
    spyOn(URL, 'createObjectURL').and.returnValue('blob:officer-2');
    const revoke = spyOn(URL, 'revokeObjectURL');
    await show(true);
    httpTesting
      .expectOne({ method: 'GET', url: PHOTO_URL })
      .flush(new Blob([new Uint8Array([0xff, 0xd8, 0xff])]));
    await settle();

    fixture.destroy();

    expect(revoke).toHaveBeenCalledWith('blob:officer-2');
  });
});
