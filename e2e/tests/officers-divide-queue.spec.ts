import { type Browser, type Page, expect, test } from '@playwright/test';

import { BackofficePages } from '../pages/backoffice-pages';
import { BackofficeReviewPage } from '../pages/backoffice-review-page';
import {
  completeDraft,
  createOfficerAsAdministrator,
  registerApplicant,
  signInOfficer,
  submitDeclaration,
} from '../support/api-seed';
import { E2E_ADMIN, E2E_BASE_URL } from '../support/stack-settings';

const FIRST_OFFICER = 'Trần Văn Bình';
const SECOND_OFFICER = 'Hoàng Thị Yến';
const CHANGE_TEMPLATE = 'Số giấy tờ không khớp với ảnh trang thông tin. Vui lòng kiểm tra và nhập lại.';

/** Signs a new officer in for the first time in a browser of their own: TOTP set-up, then a password of their own. */
async function firstSignIn(
  browser: Browser,
  officer: { username: string; initialPassword: string },
): Promise<Page> {
  const context = await browser.newContext();
  const backoffice = new BackofficePages(await context.newPage());
  await backoffice.enterCredentials(officer.username, officer.initialPassword);
  await backoffice.replaceInitialPassword(officer.initialPassword, `${officer.username} password 2026`);
  return backoffice.page;
}

/** The trail panel of the open declaration, which supervisors see. */
function trailOf(page: Page) {
  return page.getByRole('region', { name: 'Nhật ký kiểm tra của tờ khai' });
}

test('two officers divide the new queue and a supervisor sees both in the trail', async ({
  browser,
  playwright,
}) => {
  const administrator = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  await signInOfficer(administrator, E2E_ADMIN);
  const first = await createOfficerAsAdministrator(administrator, 'reviewer', FIRST_OFFICER);
  const second = await createOfficerAsAdministrator(administrator, 'reviewer', SECOND_OFFICER);
  const supervisor = await createOfficerAsAdministrator(administrator, 'supervisor', 'Đặng Quốc Hùng');
  await administrator.dispose();

  const applicant = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  await registerApplicant(applicant, 'Quàng Văn Chiến');
  const toApprove = await submitDeclaration(applicant, completeDraft('Quàng Văn Chiến'));
  const toSendBack = await submitDeclaration(applicant, completeDraft('Lường Thị Mai'));
  await applicant.dispose();

  const firstPage = await firstSignIn(browser, first);
  const secondPage = await firstSignIn(browser, second);
  const firstReview = new BackofficeReviewPage(firstPage);
  const secondReview = new BackofficeReviewPage(secondPage);

  // The first officer takes one record; the second sees it held and takes another.
  await firstReview.openByReferenceCode(toApprove.referenceCode!);
  await firstReview.assignToMe();
  await secondReview.openByReferenceCode(toApprove.referenceCode!);
  await expect(secondPage.getByText(`${FIRST_OFFICER} đang xử lý tờ khai này`)).toBeVisible();
  await expect(secondPage.getByRole('button', { name: 'Nhận xử lý' })).toBeHidden();
  await secondReview.openByReferenceCode(toSendBack.referenceCode!);
  await secondReview.assignToMe();

  // The first approves from the keyboard, which asks for confirmation.
  await firstPage.getByRole('heading', { level: 1 }).click();
  await firstPage.keyboard.press('a');
  const confirmation = firstPage.getByRole('dialog', { name: `Duyệt tờ khai ${toApprove.referenceCode}?` });
  await confirmation.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await expect(firstPage.getByText('Đã phê duyệt tờ khai.')).toBeVisible();

  // The second sends theirs back with a standard reason tied to the lead traveller's document number.
  await secondPage.getByRole('button', { name: 'Yêu cầu sửa đổi' }).click();
  const dialog = secondPage.getByRole('dialog', { name: 'Trả lại tờ khai để bổ sung, sửa đổi' });
  await dialog.getByRole('button', { name: 'Thêm nhận xét cho một trường' }).click();
  const row = dialog.getByRole('group', { name: 'Nhận xét trường 1' });
  await row.getByRole('combobox', { name: 'Trường' }).click();
  await secondPage.getByRole('option', { name: 'Người khai chính – Số giấy tờ', exact: true }).click();
  await row.getByRole('combobox', { name: 'Lý do mẫu' }).click();
  await secondPage.getByRole('option', { name: CHANGE_TEMPLATE, exact: true }).click();
  await row.getByRole('textbox', { name: 'Nội dung cần sửa ở trường này' }).fill('Thiếu chữ số cuối.');
  await dialog.getByRole('button', { name: 'Trả lại', exact: true }).click();
  await expect(secondPage.getByText('Tờ khai đã được trả lại cho người khai')).toBeVisible();
  await expect(secondPage.getByText(`${CHANGE_TEMPLATE} Thiếu chữ số cuối.`)).toBeVisible();

  // The supervisor reads both decisions in the records' trails.
  const supervisorPage = await firstSignIn(browser, supervisor);
  const supervisorReview = new BackofficeReviewPage(supervisorPage);
  await supervisorReview.openByReferenceCode(toApprove.referenceCode!);
  const approvedTrail = trailOf(supervisorPage);
  await expect(approvedTrail.getByRole('row').filter({ hasText: 'Duyệt tờ khai' })).toContainText(
    FIRST_OFFICER,
  );
  await expect(approvedTrail.getByRole('row').filter({ hasText: 'Nhận xử lý' })).toContainText(FIRST_OFFICER);
  await expect(approvedTrail.getByRole('row').filter({ hasText: 'Xem tờ khai' }).first()).toBeVisible();
  await expect(approvedTrail).toContainText('UTC');

  await supervisorReview.openByReferenceCode(toSendBack.referenceCode!);
  const sentBackTrail = trailOf(supervisorPage);
  await expect(sentBackTrail.getByRole('row').filter({ hasText: 'Yêu cầu sửa đổi' })).toContainText(
    SECOND_OFFICER,
  );
});
