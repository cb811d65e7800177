import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { mrzCheckDigit } from '@smartgate/shared-models';

import english from '../../../../../public/i18n/en.json';
import { provideDateInputs } from '../../../shared/dates/date-input-formats';
import { createTravellerForm, type TravellerForm } from './declaration-form-model';
import { MrzEntry } from './mrz-entry';

/** Builds a Vietnamese passport MRZ (TD3) with correct check digits. */
function passportMrz(documentNumber = 'C1234567', names = 'NGUYEN<<VAN<DUC'): string {
  const number = documentNumber.padEnd(9, '<');
  const first = `P<VNM${names.padEnd(39, '<')}`;
  const body = `${number}${mrzCheckDigit(number)}VNM880517${mrzCheckDigit('880517')}`;
  const rest = `M310101${mrzCheckDigit('310101')}${'<'.repeat(14)}<`;
  const composite = mrzCheckDigit(body.slice(0, 10) + body.slice(13) + rest.slice(1));
  return `${first}\n${body}${rest}${composite}`;
}

const SPECIMEN = [
  'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
  'L898902C36UTO7408122F1204159ZE184226B<<<<<10',
].join('\n');

describe('MrzEntry', () => {
  let fixture: ComponentFixture<MrzEntry>;
  let host: HTMLElement;
  let group: TravellerForm;

  async function enterMrz(text: string): Promise<void> {
    const textarea = host.querySelector('textarea')!;
    textarea.value = text;
    textarea.dispatchEvent(new Event('input'));
    host.querySelector<HTMLButtonElement>('button')!.click();
    await fixture.whenStable();
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
    translate.use('en');

    group = createTravellerForm();
    fixture = TestBed.createComponent(MrzEntry);
    fixture.componentRef.setInput('group', group);
    fixture.componentRef.setInput('path', ['travellers', 1]);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  it('fills blank fields from a passport MRZ', async () => {
    await enterMrz(passportMrz());

    expect(group.controls.fullName.value).toBe('NGUYEN VAN DUC');
    expect(group.controls.documentNumber.value).toBe('C1234567');
    expect(group.controls.nationality.value).toBe('VNM');
    expect(group.controls.documentType.value).toBe('passport');
    expect(group.controls.sex.value).toBe('male');
    expect(host.querySelector('[role="status"]')?.textContent).toContain('The blank fields were filled in');
  });

  it('fills nothing when a check digit fails', async () => {
    const mistyped = passportMrz().replace('C1234567', 'C1234568');

    await enterMrz(mistyped);

    expect(group.controls.documentNumber.value).toBe('');
    expect(group.controls.fullName.value).toBe('');
    const alert = host.querySelector('[role="alert"]')?.textContent ?? '';
    expect(alert).toContain('No field was filled in');
    expect(alert).toContain(
      'Companion 1 – Document number: the check digit in the machine-readable zone does not match.',
    );
  });

  it('explains an unreadable MRZ', async () => {
    await enterMrz('P<VNMNGUYEN');

    expect(host.querySelector('[role="alert"]')?.textContent).toContain(
      'Companion 1 – Machine-readable zone (MRZ): this is not a machine-readable zone.',
    );
  });

  it('keeps a typed name that matches by folding', async () => {
    group.controls.fullName.setValue('Nguyễn Văn Đức');

    await enterMrz(passportMrz());

    expect(group.controls.fullName.value).toBe('Nguyễn Văn Đức');
    expect(group.controls.fullName.hasError('mrzMismatch')).toBeFalse();
  });

  it('flags typed fields that disagree', async () => {
    group.controls.fullName.setValue('Nguyễn Văn Dũng');
    group.controls.documentNumber.setValue('C7654321');

    await enterMrz(passportMrz());

    expect(group.controls.fullName.hasError('mrzMismatch')).toBeTrue();
    expect(group.controls.documentNumber.hasError('mrzMismatch')).toBeTrue();
    expect(group.controls.documentNumber.touched).toBeTrue();
    expect(group.controls.sex.value).toBe('male');
  });

  it('flags a field edited later to disagree', async () => {
    await enterMrz(passportMrz());

    group.controls.documentNumber.setValue('C7654321');

    expect(group.controls.documentNumber.hasError('mrzMismatch')).toBeTrue();
  });

  it('rejects the ICAO specimen state outside demo mode', async () => {
    await enterMrz(SPECIMEN);

    expect(group.controls.nationality.value).toBe('');
    expect(group.controls.documentNumber.value).toBe('L898902C3');
    expect(host.querySelector('[role="status"]')?.textContent).toContain(
      'Companion 1 – Nationality: the code UTO belongs to ICAO specimen documents',
    );
  });
});
