import { createLogger } from '../../lib/logger';
import { OutboxReconcileLoop, type OutboxReconciler } from './outbox-reconcile-loop';

/** A reconciler that counts its passes and can be made to fail. */
class CountingReconciler implements OutboxReconciler {
  passes = 0;

  constructor(
    readonly jobName: string,
    private readonly failure?: Error,
  ) {}

  async reconcileOnce(): Promise<Record<string, number>> {
    this.passes++;
    if (this.failure) {
      throw this.failure;
    }
    return { redelivered: 0 };
  }
}

describe('OutboxReconcileLoop', () => {
  const logger = createLogger({ logLevel: 'silent' });

  it('runs every reconciler when one fails', async () => {
    const failing = new CountingReconciler('render-result', new Error('Connection is closed.'));
    const healthy = new CountingReconciler('send-email');
    const loop = new OutboxReconcileLoop({ logger, reconcilers: [failing, healthy] });

    loop.start();
    await loop.stop();

    expect(failing.passes).toBe(1);
    expect(healthy.passes).toBe(1);
  });

  it('skips passes while Redis is down', async () => {
    const reconciler = new CountingReconciler('send-email');
    const loop = new OutboxReconcileLoop({ logger, reconcilers: [reconciler], isRedisReady: () => false });

    loop.start();
    loop.requestPass();
    await loop.stop();

    expect(reconciler.passes).toBe(0);
  });

  it('runs a requested pass after the current one', async () => {
    const reconciler = new CountingReconciler('send-email');
    const loop = new OutboxReconcileLoop({ logger, reconcilers: [reconciler], intervalMs: 60_000 });

    loop.start();
    loop.requestPass();
    // The interval is a minute, so a second pass within seconds can only be the requested one.
    for (let wait = 0; wait < 100 && reconciler.passes < 2; wait++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await loop.stop();

    expect(reconciler.passes).toBe(2);
  });
});
