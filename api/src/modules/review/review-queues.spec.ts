import type { DeclarationView, QueuePage, QueueSummaryList } from '@smartgate/shared-models';

import type { ApiClient } from '../../test/api-client';
import { daysFromToday } from '../../test/dates';
import { assignToSelf } from '../../test/declaration-assignment';
import { signedInApplicant } from '../../test/factories';
import { testEnvironment } from '../../test/test-environment';
import { REVIEW, ensureSpecGate, gateOfficer, submitAtGate } from './queue-fixtures';

const GATE = 'QQUEUE';
const SUMMARY = '/api/officer/queue-summary';

/** Lead travellers' names whose code-point order differs from the Vietnamese one. */
const NAMES = ['Đỗ Thị Hoa', 'Âu Thị Mai', 'Bùi Văn Long', 'Dương Văn Hải', 'An Văn Tâm', 'Ăn Thị Ba'];

describe('review queues', () => {
  let officer: ApiClient;
  let officerId: string;
  let colleague: ApiClient;
  const submitted: DeclarationView[] = [];

  async function listIds(query: string): Promise<string[]> {
    const response = await officer.get(`${REVIEW}?${query}`).expect(200);
    return (response.body as QueuePage).items.map((item) => item.id);
  }

  const idsOf = (...indexes: number[]) => indexes.map((index) => submitted[index].id);

  beforeAll(async () => {
    await ensureSpecGate(GATE);
    ({ client: officer, id: officerId } = await gateOfficer([GATE]));
    ({ client: colleague } = await gateOfficer([GATE]));

    const { client: applicant } = await signedInApplicant();
    for (const [index, fullName] of NAMES.entries()) {
      const declaration = await submitAtGate(
        applicant,
        GATE,
        [{ fullName, nationality: index === 3 ? 'KHM' : 'VNM' }],
        {
          direction: index % 2 === 0 ? 'exit' : 'entry',
          plannedCrossingDate: daysFromToday(1 + (index % 3)),
        },
      );
      submitted.push(declaration);
    }

    // 0 approved, 1 rejected, 2 sent back, 3 held by the officer, 4 held by the colleague, 5 new.
    for (const decided of submitted.slice(0, 3)) {
      await assignToSelf(officer, decided);
    }
    await officer.post(`${REVIEW}/${submitted[0].id}/approve`, { version: submitted[0].version }).expect(200);
    await officer
      .post(`${REVIEW}/${submitted[1].id}/reject`, { version: submitted[1].version, reason: 'Ảnh không rõ.' })
      .expect(200);
    await officer
      .post(`${REVIEW}/${submitted[2].id}/request-changes`, {
        version: submitted[2].version,
        comment: 'Bổ sung ảnh.',
      })
      .expect(200);
    await officer.post(`${REVIEW}/${submitted[3].id}/assign`, { version: submitted[3].version }).expect(200);
    await colleague
      .post(`${REVIEW}/${submitted[4].id}/assign`, { version: submitted[4].version })
      .expect(200);
  });

  it('split declarations by status and hold', async () => {
    expect(await listIds('queue=new')).toEqual(idsOf(5));
    expect(await listIds('queue=mine')).toEqual(idsOf(3));
    expect(await listIds('queue=others')).toEqual(idsOf(4));
    expect(await listIds('queue=waiting')).toEqual(idsOf(2));
    expect(await listIds('queue=approved')).toEqual(idsOf(0));
    expect(await listIds('queue=rejected')).toEqual(idsOf(1));
  });

  it('name the holder and travellers', async () => {
    const response = await officer.get(`${REVIEW}?queue=others`).expect(200);

    expect(response.body.items[0].travellerCount).toBe(1);
    expect(response.body.items[0].assignment).toEqual(
      jasmine.objectContaining({ officerName: 'Lê Văn Cường', assignedAt: jasmine.any(String) }),
    );
  });

  it('count each queue and date its oldest record', async () => {
    const response = await officer.get(SUMMARY).expect(200);

    const summary = response.body as QueueSummaryList;
    const byQueue = new Map(summary.queues.map((queue) => [queue.queue, queue]));
    expect([...byQueue.keys()]).toEqual(['new', 'mine', 'others', 'waiting', 'approved', 'rejected']);
    for (const queue of summary.queues) {
      expect(queue.count).withContext(queue.queue).toBe(1);
      expect(queue.countCapped).withContext(queue.queue).toBeFalse();
      expect(queue.oldestAgeSeconds).withContext(queue.queue).toBeGreaterThanOrEqual(0);
      expect(queue.oldestAgeSeconds).withContext(queue.queue).toBeLessThan(600);
    }
    expect(byQueue.get('new')!.oldestAt).toBe(submitted[5].submittedAt);
  });

  it('report empty queues without an oldest record', async () => {
    await ensureSpecGate('QEMPTY');
    const { client: stranger } = await gateOfficer(['QEMPTY']);

    const response = await stranger.get(SUMMARY).expect(200);

    expect(
      response.body.queues.every((queue: { count: number; oldestAt: null }) => queue.count === 0),
    ).toBeTrue();
    expect(response.body.queues.every((queue: { oldestAt: null }) => queue.oldestAt === null)).toBeTrue();
  });

  it('sort names in Vietnamese order', async () => {
    const response = await officer.get(`${REVIEW}?queue=all&sort=leadTravellerName`).expect(200);

    const names = (response.body as QueuePage).items.map((item) => item.leadTravellerName);
    expect(names).toEqual([
      'An Văn Tâm',
      'Ăn Thị Ba',
      'Âu Thị Mai',
      'Bùi Văn Long',
      'Dương Văn Hải',
      'Đỗ Thị Hoa',
    ]);
    expect(names).toEqual([...NAMES].sort(new Intl.Collator('vi').compare));
  });

  it('sort names backwards', async () => {
    const response = await officer.get(`${REVIEW}?queue=all&sort=leadTravellerName&order=desc`).expect(200);

    expect(response.body.items[0].leadTravellerName).toBe('Đỗ Thị Hoa');
  });

  it('filter by direction, planned dates and nationality', async () => {
    expect(await listIds('queue=all&direction=entry&sort=submittedAt&order=asc')).toEqual(idsOf(1, 3, 5));
    expect(
      await listIds(
        `queue=all&plannedFrom=${daysFromToday(2)}&plannedTo=${daysFromToday(2)}&sort=submittedAt&order=asc`,
      ),
    ).toEqual(idsOf(1, 4));
    expect(await listIds('queue=all&nationality=khm')).toEqual(idsOf(3));
  });

  it('filter by status and gate', async () => {
    expect(await listIds('status=rejected')).toEqual(idsOf(1));
    expect(await listIds(`queue=all&gate=${GATE.toLowerCase()}&status=changes_requested`)).toEqual(idsOf(2));
    expect(await listIds('queue=all&gate=LT')).toEqual([]);
    expect(await listIds('queue=approved&status=rejected')).toEqual([]);
  });

  it('reject an unknown declaration kind', async () => {
    expect((await listIds('queue=all&declarationKind=crossing')).length).toBe(NAMES.length);
    expect(await listIds('queue=all&declarationKind=cargo')).toEqual([]);

    const response = await officer.get(`${REVIEW}?declarationKind=ship`).expect(400);
    expect(response.body.errors[0]).toEqual(
      jasmine.objectContaining({ path: 'declarationKind', code: 'unknownDeclarationKind' }),
    );
  });

  it('page without gaps or repeats', async () => {
    const pages: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const response = await officer
        .get(`${REVIEW}?queue=all&sort=submittedAt&order=asc&pageSize=2&page=${page}`)
        .expect(200);
      expect(response.body.total).toBe(NAMES.length);
      expect(response.body.totalCapped).toBeFalse();
      pages.push(...response.body.items.map((item: { id: string }) => item.id));
    }

    expect(pages).toEqual(submitted.map((declaration) => declaration.id));
    expect(await listIds('queue=all&pageSize=2&page=4')).toEqual([]);
  });

  it('refuse pages past the 10,000th match', async () => {
    const response = await officer.get(`${REVIEW}?page=101&pageSize=100`).expect(400);

    expect(response.body.errors[0]).toEqual(
      jasmine.objectContaining({ path: 'page', code: 'pageBeyondLimit' }),
    );
  });

  it('name every invalid filter', async () => {
    const response = await officer
      .get(`${REVIEW}?direction=north&plannedFrom=2026-02-30&nationality=XX&sort=age&order=up&queue=later`)
      .set('Accept-Language', 'en')
      .expect(400);

    const paths = response.body.errors.map((error: { path: string }) => error.path).sort();
    expect(paths).toEqual(['direction', 'nationality', 'order', 'plannedFrom', 'queue', 'sort']);
    expect(response.body.errors.every((error: { message: string }) => error.message.length > 0)).toBeTrue();
  });

  it('refuse a date range that ends before it starts', async () => {
    const response = await officer
      .get(`${REVIEW}?plannedFrom=${daysFromToday(3)}&plannedTo=${daysFromToday(1)}`)
      .set('Accept-Language', 'vi')
      .expect(400);

    expect(response.body.errors).toEqual([
      jasmine.objectContaining({
        path: 'plannedTo',
        code: 'dateBeforeStart',
        message: jasmine.stringMatching(/^Ngày/),
      }),
    ]);
  });

  it('audit each list with the ids shown', async () => {
    await officer.get(`${REVIEW}?queue=mine`).expect(200);

    const [rows] = (await testEnvironment().sequelize.query(
      `SELECT details FROM audit_log WHERE actor_id = $1 AND action = 'declaration.list.viewed' ORDER BY id DESC LIMIT 1`,
      { bind: [officerId] },
    )) as [{ details: { filter: { queue: string }; declarationIds: string[] } }[], unknown];
    expect(rows[0].details.filter.queue).toBe('mine');
    expect(rows[0].details.declarationIds).toEqual(idsOf(3));
  });
});
