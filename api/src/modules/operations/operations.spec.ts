import { createServer, type Server } from 'node:http';

import type { OfficerProfile } from '@smartgate/shared-models';
import express from 'express';
import { Registry } from 'prom-client';
import supertest from 'supertest';

import { createApp } from '../../app';
import { problemHandler } from '../../lib/problem-handler';
import { createSessionStores, type SessionStores } from '../../lib/sessions';
import { ApiClient } from '../../test/api-client';
import { createOfficer } from '../../test/factories';
import { signInOfficer } from '../../test/officer-sign-in';
import { PrivateRedisServer } from '../../test/redis-server';
import { testEnvironment } from '../../test/test-environment';
import { approvedDeclaration } from '../results/results-fixtures';
import { metricsEndpoint } from './metrics.routes';
import { openMonitoredQueues, type MonitoredQueues } from './monitored-queues';
import { QUEUE_BOARD_PATH } from './queue-board.routes';

/** An app of the test environment that also has queues on a Redis of its own, as `server.ts` builds it. */
class OperationsApp {
  private constructor(
    readonly server: Server,
    readonly redis: PrivateRedisServer,
    readonly queues: MonitoredQueues,
    private readonly sessionStores: SessionStores,
  ) {}

  static async start(): Promise<OperationsApp> {
    const { config, logger, sequelize } = testEnvironment();
    const redis = await PrivateRedisServer.start();
    const queues = openMonitoredQueues({ redisUrl: redis.url, queuePrefix: 'operations-spec' }, logger);
    const sessionStores = createSessionStores(config, logger);
    const server = createServer(createApp({ config, logger, sequelize }, { sessionStores, queues }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    await queues.queues[0].waitUntilReady();
    return new OperationsApp(server, redis, queues, sessionStores);
  }

  async officer(role: OfficerProfile['role']): Promise<ApiClient> {
    const client = await ApiClient.create({ server: this.server, language: 'en' });
    await signInOfficer(client, await createOfficer({ role }));
    return client;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await this.queues.close();
    await this.sessionStores.close();
    await this.redis.dispose();
  }
}

describe('operations: /metrics', () => {
  let sut: OperationsApp;

  beforeAll(async () => {
    sut = await OperationsApp.start();
  });

  afterAll(async () => {
    await sut.stop();
  });

  it('serves results, outbox, queue and HTTP metrics', async () => {
    await approvedDeclaration(testEnvironment().sequelize);
    await sut.queues.queues[0].add(
      'render-result',
      { resultId: 'spec', version: 1 },
      { jobId: 'metrics-spec' },
    );
    await supertest(sut.server).get('/api/health').expect(200);

    const response = await supertest(sut.server).get('/metrics').expect(200);

    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.text).toMatch(/^smartgate_results\{status="pending"\} [1-9]/m);
    expect(response.text).toMatch(/^smartgate_results\{status="failed"\} \d+$/m);
    expect(response.text).toMatch(/^smartgate_outbox_backlog [1-9]/m);
    expect(response.text).toMatch(/^smartgate_result_render_failed_attempts \d+$/m);
    expect(response.text).toMatch(/^smartgate_queue_jobs\{queue="render-result",state="waiting"\} 1$/m);
    expect(response.text).toMatch(/^smartgate_queue_jobs\{queue="render-result",state="delayed"\} 0$/m);
    expect(response.text).toMatch(/^smartgate_redis_up 1$/m);
    expect(response.text).toContain(
      'http_request_duration_seconds_count{method="GET",route="/api/health",status_code="200"} 1',
    );
    expect(response.text).toContain('process_cpu_user_seconds_total');
  });

  it('labels route patterns, not paths', async () => {
    const officer = await sut.officer('reviewer');
    await officer.get('/api/officer/declarations/6f1c1e0e-1111-4111-8111-111111111111').expect(404);

    const response = await supertest(sut.server).get('/metrics').expect(200);

    expect(response.text).toContain('route="/api/officer/declarations/:id",status_code="404"');
    expect(response.text).not.toContain('6f1c1e0e');
  });
});

describe('operations: metrics access', () => {
  function metricsApp(config: { metricsToken?: string; nodeEnv: 'production' | 'development' }) {
    const app = express();
    app.get('/metrics', metricsEndpoint(config, new Registry()));
    app.use(problemHandler);
    return supertest(app);
  }

  it('requires the configured bearer token', async () => {
    const app = metricsApp({ metricsToken: 'a'.repeat(32), nodeEnv: 'production' });

    const missing = await app.get('/metrics').expect(401);
    await app
      .get('/metrics')
      .set('Authorization', `Bearer ${'b'.repeat(32)}`)
      .expect(401);
    await app
      .get('/metrics')
      .set('Authorization', `Bearer ${'a'.repeat(32)}`)
      .expect(200);

    expect(missing.headers['www-authenticate']).toBe('Bearer realm="metrics"');
  });

  it('is hidden in production without a token', async () => {
    await metricsApp({ nodeEnv: 'production' }).get('/metrics').expect(404);
  });

  it('is open in development without a token', async () => {
    await metricsApp({ nodeEnv: 'development' }).get('/metrics').expect(200);
  });
});

describe('operations: queue page', () => {
  let sut: OperationsApp;

  beforeAll(async () => {
    sut = await OperationsApp.start();
  });

  afterAll(async () => {
    await sut.stop();
  });

  it('sends a signed-out browser to the sign-in page', async () => {
    const response = await supertest(sut.server).get(QUEUE_BOARD_PATH).set('Accept', 'text/html').expect(303);

    expect(response.headers['location']).toBe('/backoffice/login');
  });

  it('answers 401 to a signed-out API call', async () => {
    await supertest(sut.server).get(`${QUEUE_BOARD_PATH}/api/queues`).expect(401);
  });

  it('forbids a reviewer', async () => {
    const reviewer = await sut.officer('reviewer');

    const response = await reviewer.get(`${QUEUE_BOARD_PATH}/api/queues`).expect(403);

    expect(response.body.type).toBe('/api/problems/forbidden');
  });

  it('shows the queues to a supervisor without remote fonts', async () => {
    const supervisor = await sut.officer('supervisor');

    const page = await supervisor.get(QUEUE_BOARD_PATH).set('Accept', 'text/html').expect(200);
    const api = await supervisor.get(`${QUEUE_BOARD_PATH}/api/queues`).expect(200);

    expect(page.text).toContain(`<base href="${QUEUE_BOARD_PATH}/"`);
    expect(page.text).not.toContain('googleapis');
    const script = /src="(static\/js\/main[^"]+)"/.exec(page.text)?.[1];
    await supervisor.get(`${QUEUE_BOARD_PATH}/${script}`).expect(200);
    expect(api.body.queues.map((queue: { name: string }) => queue.name)).toEqual([
      'render-result',
      'send-email',
    ]);
    expect(api.body.queues[0].readOnlyMode).toBeTrue();
  });

  it('checks the CSRF header before a board action', async () => {
    const administrator = await sut.officer('administrator');

    const withoutHeader = await administrator.agent.put(`${QUEUE_BOARD_PATH}/api/queues/render-result/pause`);
    const withHeader = await administrator.agent
      .put(`${QUEUE_BOARD_PATH}/api/queues/render-result/pause`)
      .set('X-XSRF-TOKEN', administrator.csrfToken);

    expect(withoutHeader.status).toBe(403);
    expect(withoutHeader.body.type).toBe('/api/problems/csrf-token-invalid');
    expect(withHeader.status).toBeGreaterThanOrEqual(400);
    expect(await sut.queues.queues[0].isPaused()).toBeFalse();
  });
});

describe('operations: Redis down', () => {
  let sut: OperationsApp;

  beforeAll(async () => {
    sut = await OperationsApp.start();
    await sut.redis.stop();
  });

  afterAll(async () => {
    await sut.stop();
  });

  it('keeps the API and /metrics serving', async () => {
    const started = Date.now();

    await supertest(sut.server).get('/api/health').expect(200);
    const metrics = await supertest(sut.server).get('/metrics').expect(200);

    expect(metrics.text).toMatch(/^smartgate_redis_up 0$/m);
    expect(metrics.text).toMatch(/^smartgate_results\{status="pending"\} \d+$/m);
    expect(metrics.text).not.toContain('smartgate_queue_jobs{');
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('fails the queue page quickly', async () => {
    const supervisor = await sut.officer('supervisor');
    const started = Date.now();

    const response = await supervisor.get(`${QUEUE_BOARD_PATH}/api/queues`);

    expect(response.status).toBeGreaterThanOrEqual(500);
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
