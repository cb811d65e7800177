import { expect, type APIRequestContext } from '@playwright/test';

import type { PortalLanguage } from '../pages/translated-portal';

/** A purpose or country as the public reference endpoints return it; the Khmer name is optional. */
interface NamedReference {
  code: string;
  nameVi: string;
  nameEn: string;
  nameKm?: string | null;
}

/**
 * Fetches the name that the portal shows for a purpose or country code in a language: Khmer
 * falls back to English where the reference data has no Khmer name, as in the portal.
 */
export async function referenceName(
  request: APIRequestContext,
  list: 'purposes' | 'countries',
  code: string,
  language: PortalLanguage,
): Promise<string> {
  const response = await request.get(`/api/public/${list}`);
  expect(response.ok(), `GET /api/public/${list}`).toBeTruthy();

  const item = ((await response.json()) as NamedReference[]).find((entry) => entry.code === code);
  if (!item) {
    throw new Error(`The reference list ${list} has no entry ${code}`);
  }
  if (language === 'vi') {
    return item.nameVi;
  }
  return language === 'km' && item.nameKm ? item.nameKm : item.nameEn;
}
