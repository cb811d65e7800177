import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

import { expect, test, type APIRequestContext } from '@playwright/test';

import { BackofficePages } from '../pages/backoffice-pages';
import { LaneScreenPage } from '../pages/lane-screen-page';
import {
  approveAsOfficer,
  completeDraft,
  downloadIssuedResult,
  registerApplicant,
  submitDeclaration,
} from '../support/api-seed';
import { localDatePlusDays } from '../support/dates';
import { decodeQrCode } from '../support/pdf';
import { E2E_ADMIN, E2E_BASE_URL } from '../support/stack-settings';

const run = promisify(execFile);
const SIMULATOR = resolve(__dirname, '../../scripts/simulate-plates.mjs');

/** Today at the gate as `YYYY-MM-DD`, so the result is valid at the lane now. */
function todayIso(): string {
  const [day, month, year] = localDatePlusDays(0).split('/');
  return `${year}-${month}-${day}`;
}

/** Files a group declaration for today through the API and waits until its result is issued. */
async function issuedGroupDeclaration(
  playwright: { request: { newContext(options: { baseURL: string }): Promise<APIRequestContext> } },
  leadName: string,
  vehicle?: { kind: 'car'; plateCountry: 'VNM'; plateNumber: string },
): Promise<{ verificationUrl: string }> {
  const applicant = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  const officer = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  await registerApplicant(applicant, leadName);

  const draft = {
    ...completeDraft(leadName),
    plannedCrossingDate: todayIso(),
    ...(vehicle ? { vehicle } : {}),
  };
  const submitted = await submitDeclaration(applicant, draft);
  await approveAsOfficer(officer, submitted);
  const pdf = await downloadIssuedResult(applicant, submitted.id);

  await applicant.dispose();
  await officer.dispose();
  return { verificationUrl: decodeQrCode(pdf) };
}

test('officer scans a group QR and records the crossing in two keys', async ({ browser, playwright }) => {
  const { verificationUrl } = await issuedGroupDeclaration(playwright, 'Sok Pisey');
  const context = await browser.newContext();
  const page = await context.newPage();
  await new BackofficePages(page).signIn(E2E_ADMIN.username, E2E_ADMIN.password);
  const lane = new LaneScreenPage(page);
  await lane.openAtLane('Làn 1 – nhập cảnh');

  await lane.typeAsScanner(verificationUrl);
  await lane.press('Enter');
  await expect(lane.verdict('HỢP LỆ – cho qua')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Sok Pisey/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Chan Sokhom/ })).toBeVisible();
  await lane.press('F2');

  await expect(page.getByText('Đã ghi nhận qua cửa khẩu.')).toBeVisible();
  await expect(lane.verdict('ĐÃ SỬ DỤNG – đã qua cửa khẩu')).toBeVisible();
  expect(lane.keyPresses).toBeLessThanOrEqual(2);
  await expect(lane.scanField).toBeFocused();

  const token = new URL(verificationUrl).pathname.split('/').pop();
  const verification = await page.request.get(`/api/public/results/${token}`);
  expect(((await verification.json()) as { status: string }).status).toBe('used');

  await lane.typeAsScanner(verificationUrl);
  await lane.press('Enter');
  await expect(lane.verdict('ĐÃ SỬ DỤNG – đã qua cửa khẩu')).toBeVisible();
  await expect(page.getByText('Qua cửa khẩu lần đầu')).toBeVisible();
  await context.close();
});

test('a replayed plate read shows up live and opens with one key', async ({ browser, playwright }) => {
  const plateNumber = '81C-246.80';
  await issuedGroupDeclaration(playwright, 'Sok Chenda', {
    kind: 'car',
    plateCountry: 'VNM',
    plateNumber,
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  await new BackofficePages(page).signIn(E2E_ADMIN.username, E2E_ADMIN.password);

  const issued = await page.request.post('/api/officer/admin/cameras', {
    data: { cameraName: 'Camera làn xe 1', gateCode: 'LT', laneCode: 'X1' },
    headers: { 'X-XSRF-TOKEN': await csrfToken(page.request) },
  });
  expect(issued.status()).toBe(201);
  const { camera, apiKey } = (await issued.json()) as { camera: { id: string }; apiKey: string };

  const lane = new LaneScreenPage(page);
  await lane.openAtLane('Làn xe 1 – nhập cảnh');

  const directory = mkdtempSync(join(tmpdir(), 'sg-e2e-plates-'));
  try {
    const readsFile = join(directory, 'reads.json');
    writeFileSync(readsFile, JSON.stringify([{ plate: '81c 246 80', confidence: 0.91 }]));
    const { stdout } = await run(process.execPath, [
      SIMULATOR,
      '--file',
      readsFile,
      '--url',
      E2E_BASE_URL,
      '--key',
      apiKey,
      '--camera-id',
      camera.id,
    ]);
    expect(stdout).toContain('1 accepted, 0 rejected');
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }

  await expect(lane.plateReads.getByText('81c 246 80', { exact: true })).toBeVisible();
  await expect(lane.plateReads.getByRole('button', { name: /^81C-246\.80 .*2 người/ })).toBeVisible();
  await lane.press('F4');

  await expect(lane.verdict('HỢP LỆ – cho qua')).toBeVisible();
  await expect(page.getByText(plateNumber, { exact: true })).toBeVisible();
  await context.close();
});

/** Reads the XSRF token that the signed-in page's request context must echo on writes. */
async function csrfToken(request: APIRequestContext): Promise<string> {
  const response = await request.get('/api/csrf-token');
  return ((await response.json()) as { token: string }).token;
}
