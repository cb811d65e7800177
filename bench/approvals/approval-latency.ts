import { setTimeout as sleep } from 'node:timers/promises';

import { ADMIN_PASSWORD, ADMIN_USERNAME, startStack } from './bench-stack';
import { HttpSession } from './http-session';
import { IssueListener } from './issue-listener';
import { signInFirstTime } from './officer-sign-in';
import { summarize, type LatencySummary } from './percentiles';
import { seedDeclarations, type SubmittedDeclaration } from './seed-declarations';

export interface ApprovalLoadOptions {
  approvalsPerSecond: number;
  durationSeconds: number;
  workerProcesses: number;
  workerConcurrency?: number;
}

/** Figures of the approval run, in milliseconds from sending each approval request. */
export interface ApprovalLatencyFigures {
  approvals: number;
  approvalErrors: number;
  /** Until the API responded to the approval request. */
  approvalResponse: LatencySummary;
  /** Until the worker's transaction that marks the result issued committed. */
  issued: LatencySummary;
  /** Until the applicant's download of the PDF finished. */
  downloaded: LatencySummary;
  downloadErrors: number;
  /** Results still not issued when the run gave up waiting. */
  missing: number;
  /** CPU time per approval of the API process (approval and download) and of the workers. */
  cpuPerApproval: { apiMs: number; workersMs: number };
}

/** Time allowed after the last approval for the last PDFs, in milliseconds. */
const DRAIN_TIMEOUT_MS = 60_000;

interface Timeline {
  sentAt: Map<string, number>;
  answered: number[];
  issued: number[];
  downloaded: number[];
  errors: { approvals: number; downloads: number };
  pendingDownloads: Set<Promise<void>>;
}

async function download(applicant: HttpSession, id: string, timeline: Timeline): Promise<void> {
  const response = await applicant.get(`/api/applicant/declarations/${id}/result.pdf`);
  const isPdf = response.status === 200 && response.body.subarray(0, 5).toString('latin1') === '%PDF-';
  if (isPdf) {
    timeline.downloaded.push(performance.now() - (timeline.sentAt.get(id) ?? NaN));
  } else {
    timeline.errors.downloads++;
  }
}

/** Sends one approval per 1/rate seconds on a fixed schedule, without waiting for responses. */
async function fireApprovals(
  officer: HttpSession,
  declarations: SubmittedDeclaration[],
  rate: number,
  timeline: Timeline,
): Promise<void> {
  const started = performance.now();
  const answers: Promise<void>[] = [];

  for (const [index, declaration] of declarations.entries()) {
    const due = started + (index * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) {
      await sleep(wait);
    }

    const sentAt = performance.now();
    timeline.sentAt.set(declaration.id, sentAt);
    const path = `/api/officer/declarations/${declaration.id}/approve`;
    answers.push(
      officer.post(path, { version: declaration.version }).then((response) => {
        timeline.answered.push(performance.now() - sentAt);
        if (response.status !== 200) {
          timeline.errors.approvals++;
        }
      }),
    );
  }
  await Promise.all(answers);
}

async function waitForDownloads(timeline: Timeline, expected: number): Promise<void> {
  const deadline = Date.now() + DRAIN_TIMEOUT_MS;
  while (timeline.downloaded.length + timeline.errors.downloads < expected && Date.now() < deadline) {
    await sleep(100);
  }
  await Promise.all(timeline.pendingDownloads);
}

function newTimeline(): Timeline {
  return {
    sentAt: new Map(),
    answered: [],
    issued: [],
    downloaded: [],
    errors: { approvals: 0, downloads: 0 },
    pendingDownloads: new Set(),
  };
}

/**
 * Assigns every declaration to the officer before the timed approvals, as the back office does:
 * only the officer holding a declaration may decide it. Assigning leaves the version unchanged.
 */
async function assignAll(officer: HttpSession, declarations: SubmittedDeclaration[]): Promise<void> {
  for (const declaration of declarations) {
    await officer.expect(200, 'POST', `/api/officer/declarations/${declaration.id}/assign`, {
      version: declaration.version,
    });
  }
}

/** Signs the administrator in, which on the fresh stack also sets up their authenticator. */
async function signedInOfficer(baseUrl: string): Promise<HttpSession> {
  const officer = new HttpSession(baseUrl);
  await officer.start();
  await signInFirstTime(officer, { username: ADMIN_USERNAME, password: ADMIN_PASSWORD });
  return officer;
}

/** Approves the declarations at `rate` a second and waits for their downloads. */
async function runPhase(
  sessions: { officer: HttpSession; listener: IssueListener },
  declarations: SubmittedDeclaration[],
  rate: number,
  timeline: Timeline,
): Promise<number> {
  await fireApprovals(sessions.officer, declarations, rate, timeline);
  await waitForDownloads(timeline, declarations.length);
  return sessions.listener.issuedCount(declarations.map((declaration) => declaration.id));
}

/**
 * Starts a real API, real workers, PostgreSQL and Redis, seeds submitted declarations
 * through the API, then approves them at a fixed rate through the officer API. Each PDF is
 * downloaded through the applicant API as soon as the database reports it issued. One
 * second of approvals runs first and is not counted, as a running worker is already warm.
 */
export async function measureApprovalLatency(options: ApprovalLoadOptions): Promise<ApprovalLatencyFigures> {
  const stack = await startStack(options);
  try {
    const warmUp = options.approvalsPerSecond;
    const count = options.approvalsPerSecond * options.durationSeconds;
    const { applicant, declarations } = await seedDeclarations(stack.baseUrl, warmUp + count);
    const officer = await signedInOfficer(stack.baseUrl);
    await assignAll(officer, declarations);

    let timeline = newTimeline();
    const listener = await IssueListener.start(stack.databaseUrl, (id) => {
      const phase = timeline;
      phase.issued.push(performance.now() - (phase.sentAt.get(id) ?? NaN));
      const pending = download(applicant, id, phase).catch(() => void phase.errors.downloads++);
      phase.pendingDownloads.add(pending);
      void pending.finally(() => phase.pendingDownloads.delete(pending));
    });

    try {
      const sessions = { officer, listener };
      await runPhase(sessions, declarations.slice(0, warmUp), options.approvalsPerSecond, timeline);
      timeline = newTimeline();
      const cpuBefore = await stack.cpuMs();
      const issued = await runPhase(
        sessions,
        declarations.slice(warmUp),
        options.approvalsPerSecond,
        timeline,
      );
      const cpuAfter = await stack.cpuMs();

      return {
        approvals: count,
        approvalErrors: timeline.errors.approvals,
        approvalResponse: summarize(timeline.answered),
        issued: summarize(timeline.issued),
        downloaded: summarize(timeline.downloaded),
        downloadErrors: timeline.errors.downloads,
        missing: count - issued,
        cpuPerApproval: {
          apiMs: (cpuAfter.api - cpuBefore.api) / count,
          workersMs: (cpuAfter.workers - cpuBefore.workers) / count,
        },
      };
    } finally {
      await listener.stop();
    }
  } finally {
    await stack.stop();
  }
}
