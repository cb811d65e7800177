import { randomBytes } from 'node:crypto';

import { expect, test, type Browser, type Page } from '@playwright/test';

import { BackofficePages } from '../pages/backoffice-pages';
import { BackofficeReviewPage } from '../pages/backoffice-review-page';
import { TranslatedDeclarationDetail } from '../pages/translated-declaration-detail';
import { TranslatedDeclarationForm } from '../pages/translated-declaration-form';
import { TranslatedPortal, type PortalLanguage } from '../pages/translated-portal';
import { TranslatedRegisterPage } from '../pages/translated-register-page';
import { wcagViolations } from '../support/axe';
import { localDatePlusDays } from '../support/dates';
import { waitForMessage } from '../support/mail-folder';
import { td1Mrz, td3Mrz } from '../support/mrz';
import { OfficerReviewApi } from '../support/officer-review-api';
import { extractPdfText } from '../support/pdf';
import { portraitJpeg } from '../support/portrait-photo';
import { referenceName } from '../support/reference-names';
import { E2E_ADMIN } from '../support/stack-settings';
import { travellerGroup, type TravellerGroup } from '../support/traveller-groups';

/** The screen of an iPhone 12 to 14 in CSS pixels: the phone-sized screen the portal must work on. */
const PHONE = { width: 390, height: 844 };

/** The path of the field the officer comments on: the typed companion's document number. */
const COMMENTED_FIELD = 'travellers.2.documentNumber';

/** The start of each e-mail notice's subject, in each language, as the worker writes it. */
const NOTICE_SUBJECTS: Record<PortalLanguage, Record<'submitted' | 'changes' | 'approved', string>> = {
  vi: {
    submitted: 'Đã nhận tờ khai qua cửa khẩu – mã tham chiếu {ref}',
    changes: 'Tờ khai {ref} cần được sửa đổi',
    approved: 'Tờ khai {ref} đã được duyệt – kết quả ',
  },
  en: {
    submitted: 'Crossing declaration received – reference {ref}',
    changes: 'Your declaration {ref} needs changes',
    approved: 'Your declaration {ref} was approved – result ',
  },
  km: {
    submitted: 'បានទទួលសេចក្តីប្រកាសឆ្លងព្រំដែន – លេខយោង {ref}',
    changes: 'សេចក្តីប្រកាស {ref} ត្រូវការកែប្រែ',
    approved: 'សេចក្តីប្រកាស {ref} ត្រូវបានអនុម័ត – លទ្ធផល ',
  },
};

function subjectPattern(language: PortalLanguage, notice: 'submitted' | 'changes' | 'approved', ref: string) {
  const text = NOTICE_SUBJECTS[language][notice].replace('{ref}', ref);
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

/** The declaration's id and reference code, as the traveller's page shows them after submitting. */
interface SubmittedDeclaration {
  id: string;
  referenceCode: string;
}

/**
 * The officer's side of the test. In Vietnamese it runs in the back office. In the other
 * languages, whose subject is the traveller's side, it calls the same endpoints directly.
 */
interface Officer {
  sendBack(declaration: SubmittedDeclaration, comment: string): Promise<void>;
  approve(declaration: SubmittedDeclaration): Promise<void>;
  close(): Promise<void>;
}

async function backofficeOfficer(browser: Browser): Promise<Officer> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new BackofficePages(page).signIn(E2E_ADMIN.username, E2E_ADMIN.password);
  const review = new BackofficeReviewPage(page);

  return {
    async sendBack(declaration, comment) {
      await review.openByReferenceCode(declaration.referenceCode);
      await review.sendBackWithFieldComment('Người đi cùng 2 – Số giấy tờ', comment);
    },
    async approve(declaration) {
      await review.openByReferenceCode(declaration.referenceCode);
      await review.approve();
    },
    close: () => context.close(),
  };
}

async function apiOfficer(browser: Browser): Promise<Officer> {
  const context = await browser.newContext();
  const review = new OfficerReviewApi(context.request);
  await review.signIn();

  return {
    sendBack: (declaration, comment) =>
      review.requestChanges(declaration.id, [{ field: COMMENTED_FIELD, comment }]),
    approve: (declaration) => review.approve(declaration.id),
    close: () => context.close(),
  };
}

/** Files the group's declaration on the form, with an MRZ for two travellers and a photo for each. */
async function fileGroupDeclaration(page: Page, portal: TranslatedPortal, group: TravellerGroup) {
  const form = new TranslatedDeclarationForm(page, portal);
  await form.startNew();
  await form.fillCrossing({
    purposeName: await referenceName(page.request, 'purposes', 'family_visit', portal.language),
    direction: 'exit',
    plannedCrossingDate: localDatePlusDays(1),
  });

  await test.step('lead traveller: full name typed, then the passport MRZ', async () => {
    const lead = form.traveller(0);
    await lead.field('fullName').fill(group.lead.fullName);
    await lead.enterMrz(td3Mrz(group.lead.mrz));

    await expect(lead.field('fullName')).toHaveValue(group.lead.fullName);
    await expect(lead.field('documentNumber')).toHaveValue(group.lead.mrz.documentNumber);
    await expect(
      lead.group.getByRole('combobox', { name: portal.text('fields.documentType') }),
    ).toContainText(portal.text('documentType.passport'));
    await lead.uploadPhoto(await portraitJpeg('#2f5f8a'), 'lead-portrait.jpg');
  });

  await test.step('first companion: ID card MRZ, then the name with diacritics', async () => {
    const cardHolder = await form.addCompanion(1);
    await cardHolder.enterMrz(td1Mrz(group.cardHolder.mrz));
    await expect(cardHolder.field('documentNumber')).toHaveValue(group.cardHolder.mrz.documentNumber);

    // Some phone keyboards send decomposed letters, which the product stores and prints composed.
    await cardHolder.field('fullName').fill(group.cardHolder.fullName.normalize('NFD'));
    await cardHolder.chooseDocumentType(group.cardHolder.documentType);
    await cardHolder.uploadPhoto(await portraitJpeg('#8a2f4c'), 'card-holder.jpg');
  });

  await test.step('second companion: typed by hand', async () => {
    const typed = await form.addCompanion(2);
    await typed.field('fullName').fill(group.typed.fullName);
    await typed.chooseSex(group.typed.sex);
    await typed.field('dateOfBirth').fill(group.typed.dateOfBirth);
    const country = await referenceName(page.request, 'countries', group.typed.nationality, portal.language);
    await typed.chooseNationality(group.typed.nationality, country);
    await typed.chooseDocumentType('passport');
    await typed.field('documentNumber').fill(group.typed.documentNumber);
    await typed.field('documentExpiryDate').fill(group.typed.documentExpiryDate);
    await typed.uploadPhoto(await portraitJpeg('#4c8a2f'), 'companion.jpg');
  });

  await form.submit();
}

/** Opens the declaration sent back, checks the comment beside the field, corrects it and submits again. */
async function answerChangeRequest(
  page: Page,
  portal: TranslatedPortal,
  group: TravellerGroup,
  comment: string,
) {
  await page.getByRole('link', { name: portal.text('app.myDeclarations'), exact: true }).click();
  await page.getByRole('link', { name: group.lead.fullName }).click();

  const form = new TranslatedDeclarationForm(page, portal);
  await form.expectChangeRequest();
  const typed = form.traveller(2);
  await typed.expectOfficerComment('documentNumber', comment);

  // The photos stay with their travellers through the round.
  for (const position of [0, 1, 2]) {
    const traveller = form.traveller(position);
    await expect(
      traveller.group.getByRole('img', {
        name: portal.text('travellerPhoto.previewAlt', { traveller: traveller.label }),
      }),
    ).toBeVisible();
  }

  expect(await wcagViolations(page)).toEqual([]);

  await typed.field('documentNumber').fill(group.typed.correctedDocumentNumber);
  await form.submit();
}

async function runGroupDeclaration(browser: Browser, language: PortalLanguage, officer: Officer) {
  const group = travellerGroup(language);
  const email = `group-${language}-${randomBytes(4).toString('hex')}@example.test`;
  const comment =
    language === 'vi'
      ? 'Số hộ chiếu không khớp với trang ảnh hộ chiếu. Vui lòng kiểm tra lại.'
      : 'The passport number does not match the photo page. Please check it.';

  const context = await browser.newContext({ viewport: PHONE, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const portal = new TranslatedPortal(page, language);
  await portal.rememberLanguage();
  const detail = new TranslatedDeclarationDetail(page, portal);

  await new TranslatedRegisterPage(page, portal).register(
    email,
    'correct-horse-battery',
    group.lead.fullName,
  );
  await fileGroupDeclaration(page, portal, group);

  const declaration: SubmittedDeclaration = {
    id: new URL(page.url()).pathname.split('/').pop()!,
    referenceCode: await detail.referenceCode(),
  };
  const submitted = await waitForMessage(
    email,
    subjectPattern(language, 'submitted', declaration.referenceCode),
  );
  expect(submitted.text).toContain(declaration.referenceCode);

  await test.step('officer sends it back; traveller corrects the commented field', async () => {
    await officer.sendBack(declaration, comment);
    await answerChangeRequest(page, portal, group, comment);
    expect(await detail.referenceCode()).toBe(declaration.referenceCode);

    const changes = await waitForMessage(
      email,
      subjectPattern(language, 'changes', declaration.referenceCode),
    );
    const fieldLabel = `${portal.text('fields.companion', { n: 2 })} – ${portal.text('fields.documentNumber')}`;
    expect(changes.text).toContain(`${fieldLabel}: ${comment}`);
  });

  await test.step('officer approves; the PDF and the e-mail carry the result', async () => {
    await officer.approve(declaration);
    const pdf = await detail.downloadResult();

    const text = await extractPdfText(pdf);
    for (const name of [group.lead.fullName, group.cardHolder.fullName, group.typed.fullName]) {
      expect(text).toContain(name.normalize('NFC'));
    }
    expect(text).toContain(group.typed.correctedDocumentNumber);
    expect(text).not.toContain(group.typed.documentNumber);

    const approved = await waitForMessage(
      email,
      subjectPattern(language, 'approved', declaration.referenceCode),
    );
    expect(approved.attachments).toHaveLength(1);
    expect(approved.attachments[0].contentType).toBe('application/pdf');
    expect(approved.attachments[0].content.equals(pdf)).toBe(true);
  });

  await context.close();
}

test('group of three filed in Vietnamese on a phone', async ({ browser }) => {
  const officer = await backofficeOfficer(browser);
  await runGroupDeclaration(browser, 'vi', officer);
  await officer.close();
});

for (const language of ['en', 'km'] as const) {
  test(`group of three filed in ${language} on a phone`, async ({ browser }) => {
    const officer = await apiOfficer(browser);
    await runGroupDeclaration(browser, language, officer);
    await officer.close();
  });
}
