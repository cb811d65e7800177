import { expect, test, type Browser, type BrowserContext } from '@playwright/test';

import { TranslatedPortal, type PortalLanguage } from '../pages/translated-portal';
import { postJson } from '../support/api-seed';
import { wcagViolations, type AxeViolation } from '../support/axe';
import { registerBusinessWithFleet } from '../support/business-seed';
import { localDatePlusDays } from '../support/dates';
import { smallPdf } from '../support/small-pdf';
import { E2E_BASE_URL } from '../support/stack-settings';

const LANGUAGES: PortalLanguage[] = ['vi', 'en', 'km'];

const VIEWPORTS = [
  { name: 'desktop', size: { width: 1280, height: 800 } },
  { name: 'phone', size: { width: 390, height: 844 } },
];

/** A company with a vehicle, a driver and a partner, an NPK export draft and a submitted copy of it. */
interface SeededCargo {
  companyState: Awaited<ReturnType<BrowserContext['storageState']>>;
  businessId: string;
  draftId: string;
  submittedId: string;
}

let seeded: SeededCargo;

/** Tomorrow at 10:00 at the gate, as an ISO instant with the gate's offset. */
function tomorrowAtTen(): string {
  const [day, month, year] = localDatePlusDays(1).split('/');
  return `${year}-${month}-${day}T10:00:00+07:00`;
}

function npkExport(driverName: string, documentNumber: string) {
  return {
    gateCode: 'LT',
    direction: 'exit',
    plannedArrivalAt: tomorrowAtTen(),
    counterpart: { name: 'Ratanak Agro Co., Ltd.', address: 'Banlung, Ratanakiri', country: 'KHM' },
    vehicle: {
      kind: 'truck',
      plateCountry: 'VNM',
      plateNumber: '81C-123.45',
      transportLicenceNumber: 'VN-KH 081234',
      transportLicenceExpiry: '2030-12-31',
    },
    travellers: [
      {
        fullName: driverName,
        sex: 'male',
        dateOfBirth: '1984-07-21',
        nationality: 'VNM',
        documentType: 'passport',
        documentNumber,
        documentExpiryDate: '2030-12-31',
      },
    ],
    goodsLines: [
      {
        hsCode: '3105.20.00',
        description: 'Phân bón NPK 16-16-8',
        quantity: '30000',
        unitCode: 'kg',
        netWeightKg: '30000',
        grossWeightKg: '30150',
        value: '12600',
        currency: 'USD',
        originCountry: 'VNM',
      },
    ],
  };
}

test.beforeAll(async ({ playwright }) => {
  const company = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  const business = await registerBusinessWithFleet(company, {
    licenceExpiry: '31/12/2030',
    driverName: 'Trần Văn Tài',
  });
  const cargo = `/api/applicant/businesses/${business.id}/cargo-declarations`;
  await postJson(company, `/api/applicant/businesses/${business.id}/partners`, {
    name: 'Ratanak Agro Co., Ltd.',
    address: 'Banlung, Ratanakiri',
    country: 'KHM',
  });

  const draft = await postJson<{ id: string }>(company, cargo, {
    ...npkExport(business.driverName, business.driverDocumentNumber),
    plannedArrivalAt: undefined,
  });
  const complete = await postJson<{ id: string; version: number }>(
    company,
    cargo,
    npkExport(business.driverName, business.driverDocumentNumber),
  );
  const { token } = (await (await company.get('/api/csrf-token')).json()) as { token: string };
  for (const attachmentType of ['commercial_invoice', 'packing_list']) {
    const upload = await company.post(`${cargo}/${complete.id}/attachments`, {
      headers: { 'X-XSRF-TOKEN': token },
      multipart: {
        attachmentType,
        file: {
          name: `${attachmentType}.pdf`,
          mimeType: 'application/pdf',
          buffer: await smallPdf(attachmentType),
        },
      },
    });
    expect(upload.ok(), `upload ${attachmentType}: ${await upload.text()}`).toBeTruthy();
  }
  await postJson(company, `${cargo}/${complete.id}/submit`, { version: complete.version });

  seeded = {
    companyState: await company.storageState(),
    businessId: business.id,
    draftId: draft.id,
    submittedId: complete.id,
  };
  await company.dispose();
});

async function scanCargoPages(
  browser: Browser,
  language: PortalLanguage,
  size: { width: number; height: number },
): Promise<Map<string, AxeViolation[]>> {
  const context = await browser.newContext({
    viewport: size,
    reducedMotion: 'reduce',
    storageState: seeded.companyState,
  });
  const page = await context.newPage();
  const portal = new TranslatedPortal(page, language);
  await portal.rememberLanguage();
  const cargo = `/business/${seeded.businessId}/cargo`;
  const violations = new Map<string, AxeViolation[]>();

  await portal.open(cargo, 'cargo.list.heading');
  await expect(page.getByText(portal.text('status.submitted'), { exact: true })).toBeVisible();
  violations.set('cargo list', await wcagViolations(page));

  await portal.open(`${cargo}/new`, 'cargo.form.newHeading');
  await expect(page.getByRole('combobox', { name: portal.text('cargo.vehicle.pickVehicle') })).toBeVisible();
  violations.set('new cargo form', await wcagViolations(page));

  await page.getByRole('button', { name: portal.text('declarationForm.submit') }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: portal.text('declarationForm.fixErrors') }),
  ).toBeVisible();
  violations.set('cargo form with errors', await wcagViolations(page));

  await portal.open(`${cargo}/${seeded.draftId}`, 'cargo.form.editHeading');
  await expect(page.getByRole('textbox', { name: portal.text('fields.description') })).toHaveValue(
    'Phân bón NPK 16-16-8',
  );
  violations.set('cargo draft', await wcagViolations(page));

  await portal.open(`${cargo}/${seeded.submittedId}`, 'cargo.detail.heading');
  violations.set('submitted cargo declaration', await wcagViolations(page));

  await context.close();
  return violations;
}

for (const language of LANGUAGES) {
  for (const viewport of VIEWPORTS) {
    test(`cargo screens pass axe in ${language} on ${viewport.name}`, async ({ browser }) => {
      const violations = await scanCargoPages(browser, language, viewport.size);

      expect(violations.size).toBe(5);
      expect([...violations].filter(([, found]) => found.length > 0)).toEqual([]);
    });
  }
}

test('cargo form works from the keyboard', async ({ browser }) => {
  const context = await browser.newContext({ storageState: seeded.companyState });
  const page = await context.newPage();
  const portal = new TranslatedPortal(page, 'en');
  await portal.rememberLanguage();
  await portal.open(`/business/${seeded.businessId}/cargo/new`, 'cargo.form.newHeading');

  const addLine = page.getByRole('button', { name: portal.text('cargo.goods.addLine') });
  await addLine.focus();
  await page.keyboard.press('Enter');
  const secondLine = page.getByRole('group', {
    name: portal.text('fields.goodsLine', { n: 2 }),
    exact: true,
  });
  await expect(secondLine).toBeVisible();

  await page.keyboard.press('Shift+Tab');
  await expect(
    secondLine.getByRole('button', { name: portal.text('cargo.goods.removeLine', { n: 2 }) }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(secondLine).toHaveCount(0);

  const picker = page.getByRole('combobox', { name: portal.text('cargo.vehicle.pickVehicle') });
  await picker.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: portal.text('fields.plateNumber') }).first()).toHaveValue(
    '81C-123.45',
  );
  await context.close();
});
