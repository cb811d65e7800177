import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { AssistedFilingStatus, ResultView } from '@smartgate/shared-models';

import { FILING_POLL_TIMING, FilingProgress } from './filing-progress';

const DECLARATION_ID = '7f0c2a52-3f7e-4c55-9d0e-5b1f0a9e2c11';
const STATUS_URL = `/api/officer/assisted-declarations/${DECLARATION_ID}`;

function status(declarationStatus: AssistedFilingStatus['status'], result: ResultView['status'] | null) {
  return {
    declarationId: DECLARATION_ID,
    referenceCode: 'LT-7K3Q-9C2M',
    status: declarationStatus,
    result: result
      ? {
          number: 'LT-2026-000123',
          status: result,
          validFrom: '2026-12-05',
          validUntil: '2026-12-07',
          issuedAt: null,
        }
      : null,
  } satisfies AssistedFilingStatus;
}

function wait(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

describe('FilingProgress', () => {
  let sut: FilingProgress;
  let httpTesting: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        FilingProgress,
        {
          provide: FILING_POLL_TIMING,
          useValue: {
            generatingIntervalMs: 1,
            generatingTimeoutMs: 40,
            approvalIntervalMs: 1,
            approvalTimeoutMs: 40,
          },
        },
      ],
    });
    sut = TestBed.inject(FilingProgress);
    httpTesting = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    sut.stop();
    httpTesting.verify();
  });

  it('polls until the result is issued', async () => {
    sut.follow(status('approved', 'pending'));
    expect(sut.phase()).toBe('generating');

    await wait(5);
    httpTesting.expectOne(STATUS_URL).flush(status('approved', 'issued'));
    await wait(5);

    expect(sut.phase()).toBe('ready');
    httpTesting.expectNone(STATUS_URL);
  });

  it('follows a filing from the reviewer to the PDF', async () => {
    sut.follow(status('submitted', null));
    expect(sut.phase()).toBe('waitingForReviewer');

    await wait(5);
    httpTesting.expectOne(STATUS_URL).flush(status('approved', 'pending'));
    await wait(0);
    expect(sut.phase()).toBe('generating');
    await wait(5);
    httpTesting.expectOne(STATUS_URL).flush(status('issued', 'issued'));
    await wait(0);

    expect(sut.phase()).toBe('ready');
  });

  it('stops at a failed result', async () => {
    sut.follow(status('approved', 'pending'));

    await wait(5);
    httpTesting.expectOne(STATUS_URL).flush(status('approved', 'failed'));
    await wait(5);

    expect(sut.phase()).toBe('failed');
    httpTesting.expectNone(STATUS_URL);
  });

  it('gives up at the time limit and asks again on request', async () => {
    sut.follow(status('approved', 'pending'));
    const deadline = Date.now() + 200;
    while (sut.phase() !== 'timedOut' && Date.now() < deadline) {
      await wait(2);
      httpTesting.match(STATUS_URL).forEach((request) => request.flush(status('approved', 'pending')));
    }
    expect(sut.phase()).toBe('timedOut');

    sut.checkAgain();
    expect(sut.phase()).toBe('generating');
    httpTesting.expectOne(STATUS_URL).flush(status('approved', 'issued'));
    await wait(1);

    expect(sut.phase()).toBe('ready');
  });

  it('marks a rejected filing closed', () => {
    sut.follow(status('rejected', null));

    expect(sut.phase()).toBe('closed');
  });
});
