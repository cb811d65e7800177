import { randomBytes } from 'node:crypto';

import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';

import { StatusLookupPage } from '../pages/status-lookup-page';
import { TranslatedPortal, type PortalLanguage } from '../pages/translated-portal';
import {
  approveAsOfficer,
  completeDraft,
  createDraft,
  downloadIssuedResult,
  postJson,
  registerApplicant,
  submitDeclaration,
} from '../support/api-seed';
import { wcagViolations, type AxeViolation } from '../support/axe';
import { registerBusinessWithFleet } from '../support/business-seed';
import { decodeQrCode } from '../support/pdf';
import { E2E_BASE_URL } from '../support/stack-settings';

const LANGUAGES: PortalLanguage[] = ['vi', 'en', 'km'];

const VIEWPORTS = [
  { name: 'desktop', size: { width: 1280, height: 800 } },
  { name: 'phone', size: { width: 390, height: 844 } },
];

const LEAD_NAME = 'Sok Dara';

/** The lead traveller's date of birth that `completeDraft` fills in, as typed in the portal. */
const LEAD_BIRTH_DATE = '17/05/1990';

// The ICAO specimen passport with its document number's check digit changed from 6 to 7.
const MISTYPED_MRZ = [
  'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
  'L898902C37UTO7408122F1204159ZE184226B<<<<<10',
].join('\n');

/** Data seeded for the scans: a signed-in applicant's cookies and a declaration with an issued result. */
interface SeededPortal {
  applicantState: Awaited<ReturnType<BrowserContext['storageState']>>;
  /** Cookies of a company's administrator, whose company has a vehicle, a driver and a partner. */
  businessState: Awaited<ReturnType<BrowserContext['storageState']>>;
  businessId: string;
  issuedDeclarationId: string;
  issuedReferenceCode: string;
  verificationPath: string;
}

let seeded: SeededPortal;

test.beforeAll(async ({ playwright }) => {
  const applicant = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  const officer = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
  const administrator = await playwright.request.newContext({ baseURL: E2E_BASE_URL });

  await registerApplicant(applicant, LEAD_NAME);
  await createDraft(applicant, { travellers: [{ fullName: 'Chan Sokhom' }] });
  const submitted = await submitDeclaration(applicant, completeDraft(LEAD_NAME));
  await approveAsOfficer(officer, submitted);
  const pdf = await downloadIssuedResult(applicant, submitted.id);
  if (!submitted.referenceCode) {
    throw new Error('The submitted declaration has no reference code');
  }

  const business = await registerBusinessWithFleet(administrator, {
    licenceExpiry: '31/12/2030',
    driverName: 'Trần Văn Tài',
  });
  await postJson(administrator, `/api/applicant/businesses/${business.id}/partners`, {
    name: 'Ratanak Agro Co., Ltd.',
    address: 'Banlung, Ratanakiri',
    country: 'KHM',
  });

  seeded = {
    applicantState: await applicant.storageState(),
    businessState: await administrator.storageState(),
    businessId: business.id,
    issuedDeclarationId: submitted.id,
    issuedReferenceCode: submitted.referenceCode,
    verificationPath: new URL(decodeQrCode(pdf)).pathname,
  };
  await applicant.dispose();
  await officer.dispose();
  await administrator.dispose();
});

/** Collects the axe violations of each page scanned, by page name. */
class ScanReport {
  private readonly violations = new Map<string, AxeViolation[]>();

  async scan(page: Page, name: string): Promise<void> {
    this.violations.set(name, await wcagViolations(page));
  }

  /** Pages with at least one violation; an empty list when every page passes. */
  failures(): [string, AxeViolation[]][] {
    return [...this.violations].filter(([, violations]) => violations.length > 0);
  }

  scannedPages(): string[] {
    return [...this.violations.keys()];
  }
}

async function openContext(
  browser: Browser,
  language: PortalLanguage,
  size: { width: number; height: number },
  storageState?: SeededPortal['applicantState'],
): Promise<{ context: BrowserContext; page: Page; portal: TranslatedPortal }> {
  const context = await browser.newContext({ viewport: size, reducedMotion: 'reduce', storageState });
  const page = await context.newPage();
  const portal = new TranslatedPortal(page, language);
  await portal.rememberLanguage();
  return { context, page, portal };
}

async function scanPublicPages(
  browser: Browser,
  language: PortalLanguage,
  size: { width: number; height: number },
  report: ScanReport,
): Promise<void> {
  const { context, page, portal } = await openContext(browser, language, size);

  await portal.open('/', 'home.heading');
  await report.scan(page, 'home');

  await portal.open('/register', 'register.heading');
  await report.scan(page, 'register');

  await portal.open('/login', 'login.heading');
  await report.scan(page, 'login');

  await portal.open(seeded.verificationPath, 'verify.heading');
  await expect(page.getByRole('status')).toBeVisible();
  await report.scan(page, 'verify (issued result)');

  await portal.open(`/verify/${randomBytes(32).toString('base64url')}`, 'verify.heading');
  await portal.expectText('verify.status.unknown');
  await report.scan(page, 'verify (unknown token)');

  await portal.open('/status', 'statusLookup.heading');
  await report.scan(page, 'status lookup');

  const statusLookup = new StatusLookupPage(page, portal);
  await statusLookup.submitEmpty();
  await report.scan(page, 'status lookup with errors');

  await statusLookup.lookUp(seeded.issuedReferenceCode, LEAD_BIRTH_DATE, 'issued');
  await report.scan(page, 'status lookup answer');

  await portal.open('/no-such-page', 'notFound.heading');
  await report.scan(page, 'page not found');

  await context.close();
}

async function scanApplicantPages(
  browser: Browser,
  language: PortalLanguage,
  size: { width: number; height: number },
  report: ScanReport,
): Promise<void> {
  const { context, page, portal } = await openContext(browser, language, size, seeded.applicantState);

  await portal.open('/declarations', 'declarationList.heading');
  await expect(page.getByRole('link', { name: LEAD_NAME })).toBeVisible();
  await report.scan(page, 'declaration list');

  await portal.open('/declarations/new', 'declarationForm.newHeading');
  await portal.addCompanion();
  await report.scan(page, 'new declaration with a companion');

  await portal.openNationalityList();
  await report.scan(page, 'nationality list open');
  await portal.closeOverlay();

  await portal.openCrossingCalendar();
  await report.scan(page, 'crossing date calendar open');
  await portal.closeOverlay();

  await portal.enterLeadMrz(MISTYPED_MRZ);
  await report.scan(page, 'MRZ with a wrong check digit');

  await portal.submitIncompleteDeclaration();
  await report.scan(page, 'new declaration with errors');

  await portal.open(`/declarations/${seeded.issuedDeclarationId}`, 'declarationDetail.heading');
  await expect(page.getByText(/^LT-\d{4}-\d{6}$/)).toBeVisible();
  await report.scan(page, 'declaration detail (issued)');

  await context.close();
}

async function scanBusinessPages(
  browser: Browser,
  language: PortalLanguage,
  size: { width: number; height: number },
  report: ScanReport,
): Promise<void> {
  const { context, page, portal } = await openContext(browser, language, size, seeded.businessState);
  const company = `/business/${seeded.businessId}`;

  await portal.open('/business', 'business.list.heading');
  await report.scan(page, 'company list');

  await portal.open('/business/register', 'business.register.heading');
  await page.getByRole('button', { name: portal.text('business.register.submit') }).click();
  await expect(page.getByRole('alert').or(page.locator('mat-error')).first()).toBeVisible();
  await report.scan(page, 'company registration with errors');

  await portal.open(company, 'business.company.heading');
  await report.scan(page, 'company details');

  await portal.open(`${company}/staff`, 'business.staff.heading');
  await report.scan(page, 'company staff');

  await portal.open(`${company}/vehicles`, 'business.vehicles.heading');
  await expect(page.getByRole('heading', { name: '81C-123.45' })).toBeVisible();
  await report.scan(page, 'company vehicles');

  await portal.open(`${company}/drivers`, 'business.drivers.heading');
  await report.scan(page, 'company drivers');

  await portal.open(`${company}/partners`, 'business.partners.heading');
  await report.scan(page, 'company partners');

  await portal.open('/business/invitation', 'business.invitation.heading');
  await report.scan(page, 'company invitation without a link');

  await context.close();
}

for (const language of LANGUAGES) {
  for (const viewport of VIEWPORTS) {
    test(`portal passes axe in ${language} on ${viewport.name}`, async ({ browser }) => {
      const report = new ScanReport();

      await scanPublicPages(browser, language, viewport.size, report);
      await scanApplicantPages(browser, language, viewport.size, report);

      expect(report.scannedPages().length).toBe(16);
      expect(report.failures()).toEqual([]);
    });

    // The company pages are a test of their own, so that each test stays within the time limit.
    test(`company pages pass axe in ${language} on ${viewport.name}`, async ({ browser }) => {
      const report = new ScanReport();

      await scanBusinessPages(browser, language, viewport.size, report);

      expect(report.scannedPages().length).toBe(8);
      expect(report.failures()).toEqual([]);
    });
  }
}
