import pg from 'pg';

const CHANNEL = 'bench_result_issued';

/**
 * Reports each result that becomes issued, the moment its transaction commits. A trigger
 * in the benchmark's own database sends a notification with the declaration id; the
 * product's code and schema are unchanged. Polling would add its interval to every figure.
 */
export class IssueListener {
  private readonly client: pg.Client;

  private constructor(databaseUrl: string) {
    this.client = new pg.Client({ connectionString: databaseUrl });
  }

  static async start(databaseUrl: string, onIssued: (declarationId: string) => void): Promise<IssueListener> {
    const listener = new IssueListener(databaseUrl);
    const { client } = listener;
    await client.connect();

    await client.query(`
      CREATE OR REPLACE FUNCTION bench_notify_issued() RETURNS trigger AS $$
      BEGIN
        PERFORM pg_notify('${CHANNEL}', NEW.declaration_id::text);
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await client.query(`
      CREATE TRIGGER bench_result_issued AFTER UPDATE OF status ON results
      FOR EACH ROW WHEN (NEW.status = 'issued' AND OLD.status IS DISTINCT FROM 'issued')
      EXECUTE FUNCTION bench_notify_issued()`);

    client.on('notification', (message) => {
      if (message.channel === CHANNEL && message.payload) {
        onIssued(message.payload);
      }
    });
    await client.query(`LISTEN ${CHANNEL}`);
    return listener;
  }

  /** Counts the results of these declarations that are issued now. */
  async issuedCount(declarationIds: string[]): Promise<number> {
    const { rows } = await this.client.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM results WHERE status = 'issued' AND declaration_id = ANY($1::uuid[])`,
      [declarationIds],
    );
    return rows[0].count;
  }

  async stop(): Promise<void> {
    await this.client.end();
  }
}
