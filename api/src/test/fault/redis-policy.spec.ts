import { PrivateRedisServer } from '../redis-server';
import { FaultCluster } from './fault-cluster';
import { NodeChild } from './node-child';

/** The API and the worker reject a Redis that may evict BullMQ's keys, and print how to fix it. */
describe('fault: Redis with an evicting policy', () => {
  let cluster: FaultCluster;
  let evictingRedis: PrivateRedisServer;

  beforeAll(async () => {
    cluster = await FaultCluster.start();
    evictingRedis = await PrivateRedisServer.start(['--maxmemory-policy', 'allkeys-lru']);
  }, 60_000);

  afterAll(async () => {
    await evictingRedis.dispose();
    await cluster.dispose();
  }, 30_000);

  function expectRejection(child: NodeChild, code: number | null): void {
    const stderr = child.stderr.join('\n');
    expect(code).toBe(1);
    expect(stderr).toContain('"allkeys-lru"');
    expect(stderr).toContain('maxmemory-policy noeviction');
  }

  it('stops the API from starting', async () => {
    const api = new NodeChild(
      'api',
      'api/src/server.ts',
      cluster.environment({ REDIS_URL: evictingRedis.url, PORT: '0' }),
    );

    const exit = await api.exited;

    expectRejection(api, exit.code);
  }, 30_000);

  it('stops the worker from starting', async () => {
    const worker = new NodeChild(
      'worker',
      'api/src/worker.ts',
      cluster.environment({ REDIS_URL: evictingRedis.url }),
    );

    const exit = await worker.exited;

    expectRejection(worker, exit.code);
    expect(worker.lines.some((line) => line.event === 'worker.started')).toBeFalse();
  }, 30_000);

  it('starts the API while Redis is unreachable', async () => {
    const { child, origin } = await cluster.startApi({ REDIS_URL: 'redis://127.0.0.1:1' });

    const health = await fetch(`${origin}/api/health`);
    const metrics = await (await fetch(`${origin}/metrics`)).text();
    const stopped = Date.now();
    const exit = await child.stop('SIGTERM');

    expect(exit.code).toBe(0);
    expect(Date.now() - stopped).toBeLessThan(5_000);
    expect(child.lines.some((line) => line.event === 'redis.policy_check.unreachable')).toBeTrue();
    expect(health.status).toBe(200);
    expect(metrics).toMatch(/^smartgate_redis_up 0$/m);
  }, 30_000);

  it('stops a running worker when Redis comes back evicting', async () => {
    const worker = await cluster.startWorker();
    const admin = cluster.redis.client();

    await admin.config('SET', 'maxmemory-policy', 'volatile-ttl');
    // Dropping the worker's connections makes it reconnect, as after a Redis restart.
    await admin.client('KILL', 'TYPE', 'normal', 'SKIPME', 'yes');
    const exit = await worker.exited;
    await admin.config('SET', 'maxmemory-policy', 'noeviction');
    admin.disconnect();

    // The worker may not log a clean stop here: BullMQ 5 can emit an unhandled error while
    // it closes a connection that is still reconnecting after CLIENT KILL. Either way it exits 1.
    expect(exit.code).toBe(1);
    expect(worker.stderr.join('\n')).toContain('"volatile-ttl"');
    expect(worker.lines.some((line) => line.event === 'redis.policy_rejected')).toBeTrue();
  }, 30_000);
});
