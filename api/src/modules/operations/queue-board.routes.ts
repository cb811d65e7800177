import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Router, type Express, type RequestHandler } from 'express';

import { requireOfficerRole } from '../../lib/principal';
import type { MonitoredQueues } from './monitored-queues';

/** Mount path of the board. Its page and its JSON API resolve their URLs against it. */
export const QUEUE_BOARD_PATH = '/api/officer/queues';

/** Officer roles that may open the queue page. */
export const QUEUE_BOARD_ROLES = ['supervisor', 'administrator'] as const;

/** bull-board's page links a Google Fonts stylesheet; nothing may be fetched from the internet at run time. */
const REMOTE_STYLESHEET = /<link[^>]+href="https?:\/\/[^"]*"[^>]*rel="stylesheet"[^>]*>\s*/g;

type RenderCallback = (error: Error | null, html?: string) => void;
type ViewEngine = (file: string, options: object, callback: RenderCallback) => void;

/** Wraps the board's EJS engine so the rendered page keeps only local stylesheets, which fall back to system fonts. */
function dropRemoteStylesheets(board: Express): void {
  const engines = (board as unknown as { engines: Record<string, ViewEngine> }).engines;
  const render = engines['.ejs'];
  board.engine('ejs', (file, options, callback) =>
    render(file, options, (error, html) => callback(error, html?.replace(REMOTE_STYLESHEET, ''))),
  );
}

/**
 * Sends a signed-out browser to the back-office sign-in page. API calls of the board get the
 * usual 401 or 403 problem from `requireOfficerRole`.
 */
const requireBoardRole: RequestHandler = (request, response, next) => {
  if (!request.user && request.method === 'GET' && request.accepts(['json', 'html']) === 'html') {
    response.redirect(303, '/backoffice/login');
    return;
  }
  requireOfficerRole(request, QUEUE_BOARD_ROLES);
  next();
};

/**
 * Creates the bull-board page of the monitored queues, for supervisors and administrators.
 * Mount it at `QUEUE_BOARD_PATH` inside the officer router, after the session middleware.
 * The board is read-only: a failed result is generated again from the back office, where the
 * retry is audited and gets a new job version. Its POST and PUT endpoints still pass the
 * API's CSRF check first (the board's HTTP client copies the XSRF-TOKEN cookie into the header).
 */
export function createQueueBoardRouter(monitored: MonitoredQueues): Router {
  const adapter = new ExpressAdapter();
  adapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: monitored.queues.map((queue) => new BullMQAdapter(queue, { readOnlyMode: true })),
    serverAdapter: adapter,
    options: {
      uiConfig: {
        boardTitle: 'SmartGate',
        hideDocsLink: true,
        miscLinks: [{ text: 'Back office', url: '/backoffice/' }],
      },
    },
  });

  const board = adapter.getRouter() as Express;
  dropRemoteStylesheets(board);

  const router = Router();
  router.use(requireBoardRole, board);
  return router;
}
