import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { GateDesk, GateLookupView, PlateReadEvent } from '@smartgate/shared-models';

import { LanguageState } from '../../core/i18n/language-state';
import { TEST_COUNTRIES, TEST_GATES, TEST_PURPOSES } from '../../../testing/declaration-factory';
import { provideTestTranslations } from '../../../testing/test-translations';
import { LaneScreen } from './lane-screen';
import { EVENT_SOURCE_FACTORY } from './plate-read-feed';

const QR_URL = 'http://localhost:4200/verify/Ab-_0123456789abcdefghijklmnopqrstuvwxyzABC';
const DESKS: GateDesk[] = [
  {
    code: 'LT',
    nameVi: 'Cửa khẩu quốc tế Lệ Thanh',
    nameEn: 'Le Thanh International Border Gate',
    lanes: [{ code: '2', nameVi: 'Làn 2 – xuất cảnh', nameEn: 'Lane 2 – exit', direction: 'exit' }],
  },
];

function lookupView(overrides: Partial<GateLookupView> = {}): GateLookupView {
  return {
    verdict: 'valid',
    findings: [],
    method: 'qr_scanner',
    record: {
      declarationId: '6f1c5d0e-9a43-4f4e-8a53-2b1f2f3c4d5e',
      referenceCode: 'LT-7K3Q-9C2M',
      resultNumber: 'LT-2026-000123',
      gateCode: 'LT',
      direction: 'exit',
      plannedCrossingDate: '2026-12-05',
      validFrom: '2026-12-05',
      validUntil: '2026-12-07',
      firstCrossedAt: null,
      usedAt: null,
      vehicle: null,
      screeningFlags: [],
      travellers: [0, 1].map((position) => ({
        position,
        fullName: position === 0 ? 'Nguyễn Văn An' : 'Trần Thị Bình',
        sex: 'male' as const,
        dateOfBirth: '1988-04-30',
        nationality: 'VNM',
        documentType: 'passport' as const,
        documentNumber: `C123456${position}`,
        documentExpiryDate: '2030-01-01',
        photoUrl: null,
        crossing: null,
      })),
    },
    ...overrides,
  };
}

/** An EventSource stand-in: the spec sends events through `emit`. */
class FakeEventSource {
  static last: FakeEventSource | null = null;
  private readonly listeners: ((message: MessageEvent<string>) => void)[] = [];
  closed = false;

  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }

  addEventListener(_type: string, listener: (message: MessageEvent<string>) => void): void {
    this.listeners.push(listener);
  }

  emit(read: PlateReadEvent): void {
    this.listeners.forEach((listener) =>
      listener(new MessageEvent('plate-read', { data: JSON.stringify(read) })),
    );
  }

  close(): void {
    this.closed = true;
  }
}

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

describe('LaneScreen', () => {
  let fixture: ComponentFixture<LaneScreen>;
  let httpTesting: HttpTestingController;

  beforeEach(async () => {
    localStorage.setItem('sg.gate.lane', JSON.stringify({ gateCode: 'LT', laneCode: '2' }));
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideTestTranslations(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: EVENT_SOURCE_FACTORY, useValue: (url: string) => new FakeEventSource(url) },
      ],
    });
    await TestBed.inject(LanguageState).use('en');
    httpTesting = TestBed.inject(HttpTestingController);

    fixture = TestBed.createComponent(LaneScreen);
    fixture.detectChanges();
    httpTesting.expectOne('/api/officer/gate/desks').flush(DESKS);
    await render();
    httpTesting.expectOne('/api/officer/gate/plate-reads?gate=LT').flush([]);
    await render();
  });

  afterEach(() => {
    localStorage.removeItem('sg.gate.lane');
    document.querySelectorAll('.cdk-overlay-container').forEach((container) => container.remove());
    httpTesting.verify();
  });

  async function render(): Promise<void> {
    await settle();
    fixture.detectChanges();
    await settle();
    fixture.detectChanges();
  }

  function scanField(): HTMLInputElement {
    return (fixture.nativeElement as HTMLElement).querySelector<HTMLInputElement>('#scan-field')!;
  }

  function press(key: string, target: EventTarget = scanField()): KeyboardEvent {
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    target.dispatchEvent(event);
    return event;
  }

  function answerReferenceData(): void {
    httpTesting.match('/api/public/gates').forEach((request) => request.flush(TEST_GATES));
    httpTesting.match('/api/public/purposes').forEach((request) => request.flush(TEST_PURPOSES));
    httpTesting.match('/api/public/countries').forEach((request) => request.flush(TEST_COUNTRIES));
  }

  async function scan(text: string, view: GateLookupView = lookupView()): Promise<void> {
    scanField().value = text;
    press('Enter');
    httpTesting.expectOne({ method: 'POST', url: '/api/officer/gate/lookups' }).flush(view);
    await render();
    answerReferenceData();
    await render();
  }

  function text(): string {
    return (fixture.nativeElement as HTMLElement).textContent ?? '';
  }

  it('focuses the scan field and listens to the gate', () => {
    expect(document.activeElement).toBe(scanField());
    expect(FakeEventSource.last?.url).toBe('/api/officer/gate/events?gate=LT');
  });

  it('looks up a scanned URL on Enter and shows the verdict', async () => {
    scanField().value = QR_URL;
    const enter = press('Enter');

    const request = httpTesting.expectOne({ method: 'POST', url: '/api/officer/gate/lookups' });
    expect(enter.defaultPrevented).toBeTrue();
    expect(request.request.body).toEqual({
      gateCode: 'LT',
      laneCode: '2',
      source: 'keyboard',
      scanInput: QR_URL,
    });
    request.flush(lookupView());
    await render();
    answerReferenceData();
    await render();

    expect(text()).toContain('VALID – let through');
    expect(text()).toContain('Trần Thị Bình');
    expect(scanField().value).toBe('');
  });

  it('records the crossing of everyone with F2', async () => {
    await scan(QR_URL);

    press('F2');

    const request = httpTesting.expectOne({ method: 'POST', url: '/api/officer/gate/crossings' });
    expect(request.request.body.declarationId).toBe('6f1c5d0e-9a43-4f4e-8a53-2b1f2f3c4d5e');
    expect(request.request.body.travellerPositions).toBeUndefined();
    expect(request.request.body.method).toBe('qr_scanner');
    expect(Date.parse(request.request.body.scannedAt)).toBeLessThanOrEqual(Date.now());
    request.flush(lookupView({ verdict: 'used', findings: ['used'] }));
    await render();
    expect(text()).toContain('USED – already crossed');
    expect(document.activeElement).toBe(scanField());
  });

  it('records nothing with F2 for a result that is not valid', async () => {
    await scan(QR_URL, lookupView({ verdict: 'revoked', findings: ['revoked'] }));

    press('F2');

    httpTesting.expectNone('/api/officer/gate/crossings');
    expect(text()).toContain('REVOKED');
  });

  it('clears the field and the verdict with Escape', async () => {
    await scan(QR_URL);
    scanField().value = 'half typed';

    press('Escape', document.body);
    await render();

    expect(scanField().value).toBe('');
    expect(text()).not.toContain('VALID');
    expect(text()).toContain('Waiting for a scan');
  });

  it('sends a passport MRZ only after its second line', async () => {
    scanField().value = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<';
    press('Enter');
    httpTesting.expectNone('/api/officer/gate/lookups');

    scanField().value = 'L898902C36UTO7408122F1204159ZE184226B<<<<<10';
    press('Enter');

    const request = httpTesting.expectOne({ method: 'POST', url: '/api/officer/gate/lookups' });
    expect(request.request.body.scanInput.split('\n').length).toBe(2);
    request.flush(lookupView({ method: 'mrz' }));
    await render();
    answerReferenceData();
  });

  it('takes focus back when it falls to nothing', async () => {
    scanField().blur();
    scanField().dispatchEvent(new FocusEvent('focusout', { relatedTarget: null }));
    await render();

    expect(document.activeElement).toBe(scanField());
  });

  it('opens the newest plate match with F4', async () => {
    FakeEventSource.last!.emit({
      id: 41,
      gateCode: 'LT',
      laneCode: 'X1',
      cameraName: 'Camera X1',
      plate: '81C-123.45',
      confidence: 0.9,
      capturedAt: '2026-12-05T01:00:00.000Z',
      matches: [
        {
          declarationId: '6f1c5d0e-9a43-4f4e-8a53-2b1f2f3c4d5e',
          resultNumber: 'LT-2026-000123',
          travellerCount: 2,
        },
      ],
    });
    await render();
    expect(text()).toContain('81C-123.45');

    press('F4', document.body);

    const request = httpTesting.expectOne({ method: 'POST', url: '/api/officer/gate/lookups' });
    expect(request.request.body).toEqual({
      gateCode: 'LT',
      laneCode: '2',
      source: 'plate',
      plateReadId: 41,
      declarationId: '6f1c5d0e-9a43-4f4e-8a53-2b1f2f3c4d5e',
    });
    request.flush(lookupView({ method: 'plate' }));
    await render();
    answerReferenceData();
  });
});
