import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import type { DeclarationView, DocumentTypeRules, TravellerPhotoStatus } from '@smartgate/shared-models';

import english from '../../../../../../public/i18n/en.json';
import { provideDateInputs } from '../../../../shared/dates/date-input-formats';
import { createTravellerForm, type TravellerForm } from '../declaration-form-model';
import { TravellerPhoto } from './traveller-photo';

const TRAVELLER_ID = '6f1c2b9e-3d4a-4e5f-8a7b-9c0d1e2f3a4b';
const DECLARATION_ID = 'd-1';
const PHOTO_URL = `/api/applicant/declarations/${DECLARATION_ID}/travellers/1/photo`;
const JPEG_START = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46];

function documentType(code: DocumentTypeRules['code'], photoRequired: boolean): DocumentTypeRules {
  return {
    code,
    nameVi: code,
    nameEn: code,
    numberFormat: 'generic',
    expiryWarningMonths: null,
    maxValidityMonths: null,
    requiresIssueDate: false,
    validProvinceRule: 'none',
    allowedNationalities: null,
    photoRequired,
  };
}

function photoStatus(overrides: Partial<TravellerPhotoStatus> = {}): TravellerPhotoStatus {
  return {
    position: 1,
    travellerId: TRAVELLER_ID,
    hasPhoto: true,
    originalName: 'me.jpg',
    uploadedAt: '2026-12-01T02:00:00.000Z',
    ...overrides,
  };
}

function declaration(photos: TravellerPhotoStatus[] = []): DeclarationView {
  return {
    id: DECLARATION_ID,
    status: 'draft',
    version: 3,
    data: { travellers: [{}, { id: TRAVELLER_ID }] },
    createdAt: '2026-12-01T01:00:00.000Z',
    updatedAt: '2026-12-01T01:00:00.000Z',
    submittedAt: null,
    decidedAt: null,
    rejectionReason: null,
    result: null,
    travellerPhotos: photos,
  };
}

describe('TravellerPhoto', () => {
  let fixture: ComponentFixture<TravellerPhoto>;
  let http: HttpTestingController;
  let host: HTMLElement;
  let group: TravellerForm;
  let saves: number;
  let saveResult: DeclarationView | null;

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  /** Waits for the file check, which reads the file asynchronously, up to about one second. */
  async function settleUntil(done: () => boolean): Promise<void> {
    for (let attempt = 0; attempt < 100 && !done(); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await settle();
  }

  /** Chooses a file as the traveller would, and waits until it was rejected, saved or sent. */
  async function chooseFile(file: File): Promise<void> {
    const input = host.querySelector<HTMLInputElement>('input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    const savesBefore = saves;
    input.dispatchEvent(new Event('change'));
    await settleUntil(() => saves > savesBefore || group.controls.photo.invalid);
  }

  function errorText(): string {
    return host.querySelector('.error')?.textContent?.trim() ?? '';
  }

  async function create(view: DeclarationView | null, type: DocumentTypeRules['code'] = 'border_pass') {
    group = createTravellerForm({ id: TRAVELLER_ID, documentType: type });
    fixture = TestBed.createComponent(TravellerPhoto);
    fixture.componentRef.setInput('group', group);
    fixture.componentRef.setInput('position', 1);
    fixture.componentRef.setInput('declaration', view);
    fixture.componentRef.setInput('saveDraft', async () => {
      saves++;
      return saveResult;
    });
    host = fixture.nativeElement as HTMLElement;
    await settle();
    http
      .expectOne('/api/public/document-types')
      .flush([documentType('passport', false), documentType('border_pass', true)]);
    await settle();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService({ fallbackLang: 'en' }),
        provideDateInputs(),
      ],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('en', english);
    await new Promise((resolve) => translate.use('en').subscribe(resolve));

    http = TestBed.inject(HttpTestingController);
    saves = 0;
    saveResult = declaration();
  });

  afterEach(() => http.verify());

  it('marks the photo required for a border pass and optional for a passport', async () => {
    await create(null, 'border_pass');
    expect(host.querySelector('.requirement')?.textContent).toContain('required for this document');

    group.controls.documentType.setValue('passport');
    await settle();

    expect(host.querySelector('.requirement')?.textContent).toContain('optional');
  });

  it('rejects a PDF named .jpg before sending it', async () => {
    await create(null);

    await chooseFile(new File(['%PDF-1.7\n'], 'passport.jpg', { type: 'image/jpeg' }));

    expect(errorText()).toBe(
      'Companion 1 – Portrait photo: only JPEG or PNG photos are accepted. The chosen file is not a JPEG or PNG image.',
    );
    expect(saves).toBe(0);
  });

  it('saves the draft, uploads the file and shows the stored photo', async () => {
    const createObjectUrl = spyOn(URL, 'createObjectURL').and.returnValue('blob:preview-1');
    await create(null);

    await chooseFile(new File([new Uint8Array(JPEG_START)], 'me.jpg', { type: 'image/jpeg' }));
    const upload = http.expectOne({ method: 'PUT', url: PHOTO_URL });
    expect(saves).toBe(1);
    expect((upload.request.body as FormData).get('photo')).toEqual(jasmine.any(File));
    upload.event({ type: HttpEventType.UploadProgress, loaded: 4, total: 8 });
    await settle();
    expect(host.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('50');
    upload.flush(photoStatus());
    await settle();
    http.expectOne({ method: 'GET', url: PHOTO_URL }).flush(new Blob([new Uint8Array(JPEG_START)]));
    await settle();

    expect(createObjectUrl).toHaveBeenCalled();
    expect(host.querySelector('img')?.getAttribute('src')).toBe('blob:preview-1');
    expect(host.querySelector('img')?.getAttribute('alt')).toBe('Portrait photo of Companion 1');
    expect(host.querySelector('mat-progress-bar')).toBeNull();
  });

  it('asks to fix the form when the draft cannot be saved', async () => {
    saveResult = null;
    await create(null);

    await chooseFile(new File([new Uint8Array(JPEG_START)], 'me.jpg', { type: 'image/jpeg' }));

    expect(saves).toBe(1);
    expect(errorText()).toContain('the declaration could not be saved');
  });

  it('shows the API’s message for a file that is too large', async () => {
    await create(null);

    await chooseFile(new File([new Uint8Array(JPEG_START)], 'me.jpg', { type: 'image/jpeg' }));
    http.expectOne({ method: 'PUT', url: PHOTO_URL }).flush(
      {
        type: '/api/problems/payload-too-large',
        title: 'The request body is too large.',
        status: 413,
        errors: [
          {
            path: 'travellers.1.photo',
            code: 'photoTooLarge',
            message:
              'Companion 1 – Portrait photo: the file is larger than 5 MB. Please choose a smaller photo.',
          },
        ],
      },
      { status: 413, statusText: 'Payload Too Large' },
    );
    await settle();

    expect(errorText()).toBe(
      'Companion 1 – Portrait photo: the file is larger than 5 MB. Please choose a smaller photo.',
    );
  });

  it('shows a file name with markup as text', async () => {
    spyOn(URL, 'createObjectURL').and.returnValue('blob:preview-2');
    await create(declaration([photoStatus({ originalName: '<img src=x onerror=alert(1)>.jpg' })]));
    http.expectOne({ method: 'GET', url: PHOTO_URL }).flush(new Blob([new Uint8Array(JPEG_START)]));
    await settle();

    expect(host.querySelector('.file-name span')?.textContent).toBe('<img src=x onerror=alert(1)>.jpg');
    expect(host.querySelectorAll('img').length).toBe(1);
    expect(host.querySelector('img[src="x"]')).toBeNull();
  });

  it('removes the photo and frees the preview', async () => {
    spyOn(URL, 'createObjectURL').and.returnValue('blob:preview-3');
    const revoke = spyOn(URL, 'revokeObjectURL');
    await create(declaration([photoStatus()]));
    http.expectOne({ method: 'GET', url: PHOTO_URL }).flush(new Blob([new Uint8Array(JPEG_START)]));
    await settle();

    const removeButton = [...host.querySelectorAll('button')].find((button) =>
      button.textContent?.includes('Remove photo'),
    );
    removeButton!.click();
    http
      .expectOne({ method: 'DELETE', url: PHOTO_URL })
      .flush(null, { status: 204, statusText: 'No Content' });
    await settle();

    expect(revoke).toHaveBeenCalledWith('blob:preview-3');
    expect(host.querySelector('img')).toBeNull();
    expect(host.querySelector('.empty')?.textContent).toContain('No photo yet');
  });

  it('revokes the preview URL when destroyed', async () => {
    spyOn(URL, 'createObjectURL').and.returnValue('blob:preview-4');
    const revoke = spyOn(URL, 'revokeObjectURL');
    await create(declaration([photoStatus()]));
    http.expectOne({ method: 'GET', url: PHOTO_URL }).flush(new Blob([new Uint8Array(JPEG_START)]));
    await settle();

    fixture.destroy();

    expect(revoke).toHaveBeenCalledWith('blob:preview-4');
  });

  it('names the traveller in the buttons’ accessible names', async () => {
    await create(null);

    const choose = host.querySelector('button')!;

    expect(choose.textContent?.trim()).toBe('Choose photo');
    expect(choose.getAttribute('aria-label')).toBe('Choose photo – Companion 1');
  });
});
