import type { DeclarationView } from '@smartgate/shared-models';

import { assignToSelf } from '../declaration-assignment';
import { FaultCluster } from './fault-cluster';
import { signedInOfficer, submitDeclarations } from './http-client';

/** Approvals made while Redis is down wait in the outbox and become PDFs once it is back. */
describe('fault: Redis stopped during approvals', () => {
  let cluster: FaultCluster;

  beforeAll(async () => {
    cluster = await FaultCluster.start();
  }, 60_000);

  afterAll(async () => {
    await cluster.dispose();
  }, 30_000);

  it('issues every approval once Redis is back', async () => {
    const { origin } = await cluster.startApi();
    const submitted = await submitDeclarations(origin, 10);
    const officer = await signedInOfficer(origin, cluster.admin);
    for (const declaration of submitted) {
      await assignToSelf(officer, declaration);
    }
    await cluster.startWorker();

    await cluster.redis.stop();
    const approvals = await Promise.all(
      submitted.map((declaration) =>
        officer.post(`/api/officer/declarations/${declaration.id}/approve`, { version: declaration.version }),
      ),
    );
    const health = await officer.get('/api/health');
    const resultsDuringOutage = await cluster.results();
    await cluster.redis.restart();
    await cluster.waitUntil('10 results are issued', async () =>
      (await cluster.results()).every((result) => result.status === 'issued'),
    );

    expect(approvals.map((response) => response.status)).toEqual(Array<number>(10).fill(200));
    expect(approvals.map((response) => (response.body as DeclarationView).status)).toEqual(
      Array<DeclarationView['status']>(10).fill('approved'),
    );
    expect(health.status).toBe(200);
    expect(resultsDuringOutage.map((result) => result.status)).toEqual(Array<string>(10).fill('pending'));
    const results = await cluster.results();
    expect(results.length).toBe(10);
    expect(new Set(results.map((result) => result.pdfPath)).size).toBe(10);
    expect((await cluster.storedFiles()).length).toBe(10);
  }, 90_000);
});
