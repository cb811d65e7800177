import type { Server } from 'node:http';

import supertest from 'supertest';

import { CSRF_HEADER } from '../lib/csrf';
import { testEnvironment } from './test-environment';

type Agent = ReturnType<typeof supertest.agent>;

/**
 * A browser-like client of the test app. It keeps cookies (honouring their paths), sends
 * the CSRF header on state-changing requests as Angular does, and sends a fixed Accept-Language.
 */
export class ApiClient {
  private constructor(
    readonly agent: Agent,
    readonly csrfToken: string,
    private readonly language: string | undefined,
  ) {}

  /** Creates a client and fetches its XSRF-TOKEN cookie, as the apps do at start-up. */
  static async create(options: { language?: string; server?: Server } = {}): Promise<ApiClient> {
    const agent = supertest.agent(options.server ?? testEnvironment().server);
    const response = await agent.get('/api/csrf-token').expect(200);
    return new ApiClient(agent, (response.body as { token: string }).token, options.language);
  }

  get(path: string) {
    return this.withLanguage(this.agent.get(path));
  }

  post(path: string, body?: unknown) {
    return this.withLanguage(this.agent.post(path).set(CSRF_HEADER, this.csrfToken)).send(body as object);
  }

  put(path: string, body?: unknown) {
    return this.withLanguage(this.agent.put(path).set(CSRF_HEADER, this.csrfToken)).send(body as object);
  }

  patch(path: string, body?: unknown) {
    return this.withLanguage(this.agent.patch(path).set(CSRF_HEADER, this.csrfToken)).send(body as object);
  }

  delete(path: string) {
    return this.withLanguage(this.agent.delete(path).set(CSRF_HEADER, this.csrfToken));
  }

  private withLanguage<T extends supertest.Test>(test: T): T {
    return this.language ? (test.set('Accept-Language', this.language) as T) : test;
  }
}
