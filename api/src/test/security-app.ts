import { createServer, type Server } from 'node:http';

import { createApp } from '../app';
import type { OfficerSecuritySettings } from '../lib/config';
import { createSessionStores, type SessionStores } from '../lib/sessions';
import { testEnvironment } from './test-environment';

/**
 * A second app on the test database whose officer security settings are changed, such as an
 * idle timeout of one second, so that a spec can let a limit pass within seconds.
 */
export class SecurityApp {
  private constructor(
    readonly server: Server,
    private readonly sessionStores: SessionStores,
  ) {}

  static async start(settings: Partial<OfficerSecuritySettings>): Promise<SecurityApp> {
    const { config, logger, sequelize } = testEnvironment();
    const changed = { ...config, officerSecurity: { ...config.officerSecurity, ...settings } };
    const sessionStores = createSessionStores(changed, logger);
    const server = createServer(createApp({ config: changed, logger, sequelize }, { sessionStores }));

    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    return new SecurityApp(server, sessionStores);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await this.sessionStores.close();
  }
}

/** Waits `ms` milliseconds, for specs that let a shortened time limit pass. */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
