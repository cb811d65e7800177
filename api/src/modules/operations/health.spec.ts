import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';

import express from 'express';
import type { Sequelize } from 'sequelize';
import supertest from 'supertest';

import { createSequelize } from '../../lib/db';
import { httpLogger } from '../../lib/http-logger';
import { createLogger } from '../../lib/logger';
import { problemHandler } from '../../lib/problem-handler';
import { ApiClient } from '../../test/api-client';
import { healthHandler } from './health.routes';

/** Listens on a port the kernel picks, so parallel test runs never collide on a fixed port. */
async function listenOnFreePort(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** Returns a port where nothing listens: one the kernel just handed out and that was closed again. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  const port = await listenOnFreePort(probe);
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

function healthApp(sequelize: Sequelize, timeoutMs: number) {
  const app = express();
  app.use(httpLogger(createLogger({ logLevel: 'silent' })));
  app.get('/api/health', healthHandler(sequelize, timeoutMs));
  app.use(problemHandler);
  return app;
}

function databaseAt(port: number): Sequelize {
  return createSequelize(
    { databaseUrl: `postgres://postgres@127.0.0.1:${port}/none` },
    createLogger({ logLevel: 'silent' }),
  );
}

describe('health check', () => {
  it('returns ok while the database responds', async () => {
    const client = await ApiClient.create();

    const response = await client.get('/api/health').expect(200);

    expect(response.body).toEqual({ status: 'ok' });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('returns 503 when connections are refused', async () => {
    const sequelize = databaseAt(await closedPort());

    try {
      const response = await supertest(healthApp(sequelize, 2_000))
        .get('/api/health')
        .set('Accept-Language', 'en');

      expect(response.status).toBe(503);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.body).toEqual({
        type: '/api/problems/service-unavailable',
        title: 'The service is temporarily unavailable.',
        status: 503,
        detail: 'The database cannot be reached. Please try again in a few minutes.',
      });
    } finally {
      await sequelize.close();
    }
  });

  describe('with a database that never responds', () => {
    let silent: Server;
    /** The port of a server that accepts connections but never responds, as a hung database would. */
    let silentPort: number;
    const sockets = new Set<Socket>();

    beforeAll(async () => {
      silent = createServer((socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      silentPort = await listenOnFreePort(silent);
    });

    afterAll(async () => {
      sockets.forEach((socket) => socket.destroy());
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    });

    it('returns 503 after the timeout', async () => {
      const sequelize = databaseAt(silentPort);
      const started = Date.now();

      try {
        const response = await supertest(healthApp(sequelize, 300)).get('/api/health');

        expect(response.status).toBe(503);
        expect(Date.now() - started).toBeLessThan(5_000);
      } finally {
        sockets.forEach((socket) => socket.destroy());
        await sequelize.close();
      }
    });
  });
});
