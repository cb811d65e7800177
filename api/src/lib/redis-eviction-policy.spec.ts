import type { Redis } from 'ioredis';

import { PrivateRedisServer } from '../test/redis-server';
import { testEnvironment } from '../test/test-environment';
import {
  RedisEvictionPolicyError,
  assertNoEviction,
  checkEvictionPolicyOnce,
  readEvictionPolicy,
} from './redis-eviction-policy';

describe('Redis eviction policy check', () => {
  const servers: PrivateRedisServer[] = [];
  const clients: Redis[] = [];

  async function redisWith(extraArguments: string[]): Promise<{ server: PrivateRedisServer; client: Redis }> {
    const server = await PrivateRedisServer.start(extraArguments);
    const client = server.client();
    servers.push(server);
    clients.push(client);
    return { server, client };
  }

  afterAll(async () => {
    clients.forEach((client) => client.disconnect());
    await Promise.all(servers.map((server) => server.dispose()));
  });

  it('accepts noeviction', async () => {
    const { client } = await redisWith(['--maxmemory-policy', 'noeviction']);

    await expectAsync(assertNoEviction(client)).toBeResolved();
  });

  it('rejects an evicting policy with the fix', async () => {
    const { client } = await redisWith(['--maxmemory-policy', 'allkeys-lru']);

    const error = await assertNoEviction(client).then(
      () => undefined,
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(RedisEvictionPolicyError);
    expect((error as Error).message).toContain('"allkeys-lru"');
    expect((error as Error).message).toContain('maxmemory-policy noeviction');
  });

  it('reads INFO when CONFIG is disabled', async () => {
    const { client } = await redisWith([
      '--maxmemory-policy',
      'volatile-lru',
      '--rename-command',
      'CONFIG',
      '',
    ]);

    expect(await readEvictionPolicy(client)).toBe('volatile-lru');
  });

  it('checks once over its own connection', async () => {
    const { server } = await redisWith(['--maxmemory-policy', 'allkeys-random']);

    await expectAsync(checkEvictionPolicyOnce(server.url, testEnvironment().logger)).toBeRejectedWithError(
      RedisEvictionPolicyError,
    );
  });

  it('reports an unreachable Redis without waiting', async () => {
    const started = Date.now();

    const outcome = await checkEvictionPolicyOnce('redis://127.0.0.1:1', testEnvironment().logger, 1_000);

    expect(outcome).toBe('unreachable');
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
