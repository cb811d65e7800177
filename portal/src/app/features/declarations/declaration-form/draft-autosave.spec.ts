import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentInjector, createEnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';
import type { CrossingDeclarationDraft, DeclarationView } from '@smartgate/shared-models';

import { AUTOSAVE_DELAY_MS, RETRY_DELAYS_MS } from './autosave-state';
import { DraftAutosave } from './draft-autosave';

const DECLARATIONS = '/api/applicant/declarations';

function view(overrides: Partial<DeclarationView> = {}): DeclarationView {
  return {
    id: 'd-1',
    status: 'draft',
    version: 1,
    data: { travellers: [] },
    createdAt: '2026-03-01T02:00:00.000Z',
    updatedAt: '2026-03-01T03:42:00.000Z',
    submittedAt: null,
    decidedAt: null,
    rejectionReason: null,
    result: null,
    ...overrides,
  };
}

function problem(type: string, status: number) {
  return [
    { type: `/api/problems/${type}`, title: type, status },
    { status, statusText: type, headers: { 'Content-Type': 'application/problem+json' } },
  ] as const;
}

describe('DraftAutosave', () => {
  let sut: DraftAutosave;
  let http: HttpTestingController;
  let draft: CrossingDeclarationDraft;
  let savedViews: DeclarationView[];
  let form: FormControl<string>;

  /** Runs the promise steps queued by a timer or a response; the fake clock stops real waits. */
  async function settle(): Promise<void> {
    for (let step = 0; step < 20; step++) {
      await Promise.resolve();
    }
  }

  async function advance(milliseconds: number): Promise<void> {
    jasmine.clock().tick(milliseconds);
    await settle();
  }

  function connect(initial: DeclarationView | null): void {
    sut.connect(initial, {
      form,
      read: () => ({ draft, partial: false }),
      saved: (saved) => savedViews.push(saved),
    });
  }

  beforeEach(() => {
    jasmine.clock().install();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), DraftAutosave],
    });
    sut = TestBed.inject(DraftAutosave);
    http = TestBed.inject(HttpTestingController);
    draft = { gateCode: 'LT', travellers: [{ fullName: 'Chan Sokhom' }] };
    savedViews = [];
    form = new FormControl('', { nonNullable: true });
  });

  afterEach(() => {
    sut.stop();
    http.verify();
    jasmine.clock().uninstall();
  });

  it('saves a new draft once changes pause for the delay', async () => {
    connect(null);

    sut.noteChange();
    await advance(AUTOSAVE_DELAY_MS - 500);
    sut.noteChange();
    await advance(AUTOSAVE_DELAY_MS - 1);
    http.expectNone(DECLARATIONS);
    await advance(1);

    const request = http.expectOne({ method: 'POST', url: DECLARATIONS });
    expect(request.request.body).toEqual(draft);
    expect(sut.state().kind).toBe('saving');
    request.flush(view());
    await settle();

    expect(sut.state()).toEqual({ kind: 'saved', at: '2026-03-01T03:42:00.000Z', partial: false });
    expect(savedViews.map((saved) => saved.id)).toEqual(['d-1']);
  });

  it('counts edits by the traveller, not a programmatic fill', async () => {
    connect(view());

    form.setValue('filled from the stored draft');
    await advance(AUTOSAVE_DELAY_MS);
    http.expectNone(`${DECLARATIONS}/d-1`);
    form.markAsDirty();
    form.setValue('typed by the traveller');
    await advance(AUTOSAVE_DELAY_MS);

    http.expectOne({ method: 'PUT', url: `${DECLARATIONS}/d-1` }).flush(view({ version: 2 }));
    await settle();
  });

  it('sends the version of the last save with each update', async () => {
    connect(view({ version: 3 }));

    sut.noteChange();
    await advance(AUTOSAVE_DELAY_MS);
    const first = http.expectOne({ method: 'PUT', url: `${DECLARATIONS}/d-1` });
    first.flush(view({ version: 4 }));
    await settle();
    sut.noteChange();
    await advance(AUTOSAVE_DELAY_MS);
    const second = http.expectOne({ method: 'PUT', url: `${DECLARATIONS}/d-1` });
    second.flush(view({ version: 5 }));
    await settle();

    expect(first.request.body.version).toBe(3);
    expect(second.request.body.version).toBe(4);
    expect(sut.current()?.version).toBe(5);
  });

  it('saves at once on flush and sends nothing without changes', async () => {
    connect(view());

    await sut.flush();
    http.expectNone(`${DECLARATIONS}/d-1`);
    sut.noteChange();
    const flushed = sut.flush();
    await settle();

    http.expectOne({ method: 'PUT', url: `${DECLARATIONS}/d-1` }).flush(view({ version: 2 }));
    await flushed;
    await advance(AUTOSAVE_DELAY_MS * 2);
    http.expectNone(`${DECLARATIONS}/d-1`);
  });

  it('saves when the page is hidden', async () => {
    connect(view());
    sut.noteChange();
    spyOnProperty(document, 'visibilityState').and.returnValue('hidden');

    document.dispatchEvent(new Event('visibilitychange'));
    await settle();

    http.expectOne({ method: 'PUT', url: `${DECLARATIONS}/d-1` }).flush(view({ version: 2 }));
    await settle();
    expect(sut.state().kind).toBe('saved');
  });

  it('saves changes made during a save with the new version', async () => {
    connect(view({ version: 1 }));
    sut.noteChange();
    await advance(AUTOSAVE_DELAY_MS);
    const first = http.expectOne({ method: 'PUT', url: `${DECLARATIONS}/d-1` });

    sut.noteChange();
    await advance(AUTOSAVE_DELAY_MS);
    http.expectNone(`${DECLARATIONS}/d-1`);
    first.flush(view({ version: 2 }));
    await settle();

    const second = http.expectOne({ method: 'PUT', url: `${DECLARATIONS}/d-1` });
    expect(second.request.body.version).toBe(2);
    second.flush(view({ version: 3 }));
    await settle();
  });

  it('runs an explicit save after the one in flight', async () => {
    connect(null);
    sut.noteChange();
    await advance(AUTOSAVE_DELAY_MS);
    const created = http.expectOne({ method: 'POST', url: DECLARATIONS });

    const saving = sut.save({ ...draft, purposeCode: 'work' });
    await settle();
    http.expectNone({ method: 'PUT', url: `${DECLARATIONS}/d-1` });
    created.flush(view({ version: 1 }));
    await settle();
    const update = http.expectOne({ method: 'PUT', url: `${DECLARATIONS}/d-1` });
    update.flush(view({ version: 2 }));

    expect((await saving).version).toBe(2);
    expect(update.request.body).toEqual({ version: 1, data: { ...draft, purposeCode: 'work' } });
  });

  it('stops on a version conflict and keeps the entries unsent', async () => {
    connect(view({ version: 2 }));
    sut.noteChange();
    await advance(AUTOSAVE_DELAY_MS);

    http.expectOne(`${DECLARATIONS}/d-1`).flush(...problem('version-conflict', 409));
    await settle();
    sut.noteChange();
    await advance(AUTOSAVE_DELAY_MS + RETRY_DELAYS_MS[0]);

    expect(sut.state()).toEqual({ kind: 'conflict' });
    http.expectNone(`${DECLARATIONS}/d-1`);
    expect(savedViews).toEqual([]);
  });

  it('saves over a conflicting version when the traveller chooses to', async () => {
    connect(view({ version: 2 }));
    sut.noteChange();
    await advance(AUTOSAVE_DELAY_MS);
    http.expectOne(`${DECLARATIONS}/d-1`).flush(...problem('version-conflict', 409));
    await settle();

    const overwriting = sut.overwrite();
    http.expectOne({ method: 'GET', url: `${DECLARATIONS}/d-1` }).flush(view({ version: 7 }));
    await settle();
    const update = http.expectOne({ method: 'PUT', url: `${DECLARATIONS}/d-1` });
    update.flush(view({ version: 8 }));
    await overwriting;

    expect(update.request.body).toEqual({ version: 7, data: draft });
    expect(sut.state().kind).toBe('saved');
  });

  it('reports a draft submitted elsewhere as locked', async () => {
    connect(view());
    sut.noteChange();
    await advance(AUTOSAVE_DELAY_MS);

    http.expectOne(`${DECLARATIONS}/d-1`).flush(...problem('invalid-status-transition', 409));
    await settle();

    expect(sut.state()).toEqual({ kind: 'locked' });
  });

  it('retries with growing waits while offline', async () => {
    connect(view());
    sut.noteChange();
    await advance(AUTOSAVE_DELAY_MS);

    http.expectOne(`${DECLARATIONS}/d-1`).error(new ProgressEvent('error'));
    await settle();
    expect(sut.state()).toEqual({ kind: 'retrying', offline: true });
    await advance(RETRY_DELAYS_MS[0] - 1);
    http.expectNone(`${DECLARATIONS}/d-1`);
    await advance(1);
    http.expectOne(`${DECLARATIONS}/d-1`).error(new ProgressEvent('error'));
    await settle();
    await advance(RETRY_DELAYS_MS[1] - 1);
    http.expectNone(`${DECLARATIONS}/d-1`);
    await advance(1);
    http.expectOne(`${DECLARATIONS}/d-1`).flush(view({ version: 2 }));
    await settle();

    expect(sut.state().kind).toBe('saved');
  });

  it('retries at once when the connection returns', async () => {
    connect(view());
    sut.noteChange();
    await advance(AUTOSAVE_DELAY_MS);
    http.expectOne(`${DECLARATIONS}/d-1`).error(new ProgressEvent('error'));
    await settle();

    window.dispatchEvent(new Event('online'));
    await settle();

    http.expectOne(`${DECLARATIONS}/d-1`).flush(view({ version: 2 }));
    await settle();
    expect(sut.state().kind).toBe('saved');
  });

  it('retries a server error without calling it offline', async () => {
    connect(view());
    sut.noteChange();
    await advance(AUTOSAVE_DELAY_MS);

    http.expectOne(`${DECLARATIONS}/d-1`).flush(...problem('internal-error', 500));
    await settle();

    expect(sut.state()).toEqual({ kind: 'retrying', offline: false });
    await advance(RETRY_DELAYS_MS[0]);
    http.expectOne(`${DECLARATIONS}/d-1`).flush(view({ version: 2 }));
    await settle();
  });

  it('retries a failed explicit save and still rejects it', async () => {
    connect(view());

    const saving = sut.save(draft);
    await settle();
    http.expectOne(`${DECLARATIONS}/d-1`).error(new ProgressEvent('error'));

    await expectAsync(saving).toBeRejected();
    await advance(RETRY_DELAYS_MS[0]);
    http.expectOne(`${DECLARATIONS}/d-1`).flush(view({ version: 2 }));
    await settle();
    expect(sut.state().kind).toBe('saved');
  });

  it('shows a rejected draft and waits for the next change', async () => {
    connect(view());
    sut.noteChange();
    await advance(AUTOSAVE_DELAY_MS);

    http.expectOne(`${DECLARATIONS}/d-1`).flush(...problem('validation-failed', 400));
    await settle();
    await advance(RETRY_DELAYS_MS[RETRY_DELAYS_MS.length - 1]);

    expect(sut.state()).toEqual({ kind: 'failed', messageKey: 'errors.validation-failed' });
    http.expectNone(`${DECLARATIONS}/d-1`);
  });

  it('reports a draft it cannot save and sends nothing', async () => {
    sut.connect(view(), { form, read: () => null, saved: (saved) => savedViews.push(saved) });

    sut.noteChange();
    await advance(AUTOSAVE_DELAY_MS);

    expect(sut.state()).toEqual({ kind: 'failed', messageKey: 'autosave.checkFields' });
    http.expectNone(`${DECLARATIONS}/d-1`);
  });

  it('sends waiting changes when the form goes away', async () => {
    const injector = createEnvironmentInjector([DraftAutosave], TestBed.inject(EnvironmentInjector));
    const leaving = injector.get(DraftAutosave);
    leaving.connect(view(), {
      form,
      read: () => ({ draft, partial: false }),
      saved: (saved) => savedViews.push(saved),
    });
    leaving.noteChange();

    injector.destroy();
    await settle();

    http.expectOne({ method: 'PUT', url: `${DECLARATIONS}/d-1` }).flush(view({ version: 2 }));
    await settle();
    expect(savedViews).toEqual([]);
    leaving.noteChange();
    await advance(AUTOSAVE_DELAY_MS);
    http.expectNone(`${DECLARATIONS}/d-1`);
  });

  it('sends nothing after it is stopped', async () => {
    connect(view());
    sut.noteChange();

    sut.stop();
    await advance(AUTOSAVE_DELAY_MS);
    sut.noteChange();
    await advance(AUTOSAVE_DELAY_MS);

    http.expectNone(`${DECLARATIONS}/d-1`);
  });
});
