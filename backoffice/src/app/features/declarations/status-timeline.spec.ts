import { buildDeclaration } from '../../../testing/declaration-factory';
import { statusTimeline } from './status-timeline';

describe('statusTimeline', () => {
  it('rebuilds a submitted declaration from its timestamps', () => {
    const declaration = buildDeclaration();

    expect(statusTimeline(declaration)).toEqual([
      { labelKey: 'declarations.history.draft', at: declaration.createdAt },
      { labelKey: 'declarations.history.submitted', at: '2026-12-01T03:15:00.000Z' },
    ]);
  });

  it('labels the decision of a rejected declaration as a rejection', () => {
    const declaration = buildDeclaration({ status: 'rejected', decidedAt: '2026-12-02T01:00:00Z' });

    expect(statusTimeline(declaration).at(-1)).toEqual({
      labelKey: 'declarations.history.rejected',
      at: '2026-12-02T01:00:00Z',
    });
  });

  it('ends an issued declaration with the result issue time', () => {
    const declaration = buildDeclaration({
      status: 'issued',
      decidedAt: '2026-12-02T01:00:00Z',
      result: {
        number: 'LT-2026-000001',
        status: 'issued',
        validFrom: '2026-12-10',
        validUntil: '2026-12-10',
        issuedAt: '2026-12-02T01:00:05Z',
      },
    });

    expect(statusTimeline(declaration).map((entry) => entry.labelKey)).toEqual([
      'declarations.history.draft',
      'declarations.history.submitted',
      'declarations.history.approved',
      'declarations.history.issued',
    ]);
  });

  it('places each round of changes and each resubmission in time', () => {
    const declaration = buildDeclaration({
      status: 'approved',
      submittedAt: '2026-12-01T03:15:00.000Z',
      decidedAt: '2026-12-03T02:00:00.000Z',
      changeRequests: [
        {
          round: 1,
          comment: 'Thiếu ảnh.',
          fieldComments: [],
          requestedAt: '2026-12-01T05:00:00.000Z',
          resubmittedAt: '2026-12-02T01:00:00.000Z',
        },
        {
          round: 2,
          comment: null,
          fieldComments: [{ field: 'travellers.0.photo', comment: 'Ảnh mờ.' }],
          requestedAt: '2026-12-02T04:00:00.000Z',
          resubmittedAt: '2026-12-02T09:00:00.000Z',
        },
      ],
    });

    expect(statusTimeline(declaration).map((entry) => `${entry.labelKey}@${entry.at}`)).toEqual([
      `declarations.history.draft@${declaration.createdAt}`,
      'declarations.history.submitted@2026-12-01T03:15:00.000Z',
      'declarations.history.changes_requested@2026-12-01T05:00:00.000Z',
      'declarations.history.resubmitted@2026-12-02T01:00:00.000Z',
      'declarations.history.changes_requested@2026-12-02T04:00:00.000Z',
      'declarations.history.resubmitted@2026-12-02T09:00:00.000Z',
      'declarations.history.approved@2026-12-03T02:00:00.000Z',
    ]);
  });

  it('prefers the history the API sends', () => {
    const declaration = {
      ...buildDeclaration(),
      history: [{ status: 'submitted' as const, at: '2026-12-01T03:15:00.000Z' }],
    };

    expect(statusTimeline(declaration)).toEqual([
      { labelKey: 'declarations.history.submitted', at: '2026-12-01T03:15:00.000Z' },
    ]);
  });
});
