import type { Country } from '@smartgate/shared-models';
import { Router } from 'express';

import { requestLanguage, type ResponseLanguage } from '../../lib/request-language';
import { listDocumentTypeRules } from './document-types.repository';
import { listActiveGates, listActivePurposes, listCountries } from './reference.repository';

/** Reference data changes rarely; browsers may reuse it for five minutes. */
const CACHE_CONTROL = 'public, max-age=300';

/** Returns a country's name in a language, falling back to English where a Khmer name is missing. */
function countryName(country: Country, language: ResponseLanguage): string {
  if (language === 'vi') {
    return country.nameVi;
  }
  return language === 'km' ? (country.nameKm ?? country.nameEn) : country.nameEn;
}

/** Sorts countries by their name in the request's language, in that language's collation order. */
function sortCountries(countries: Country[], language: ResponseLanguage): Country[] {
  const collator = new Intl.Collator(language);
  const name = (country: Country) => countryName(country, language);
  return [...countries].sort((left, right) => collator.compare(name(left), name(right)));
}

/** Public reference data for the declaration form: `/api/public/{gates,purposes,countries,document-types}`. */
export function createReferenceRouter(): Router {
  const router = Router();

  router.get('/gates', async (_request, response) => {
    response.set('Cache-Control', CACHE_CONTROL).json(await listActiveGates());
  });

  router.get('/purposes', async (_request, response) => {
    response.set('Cache-Control', CACHE_CONTROL).json(await listActivePurposes());
  });

  router.get('/document-types', async (_request, response) => {
    response.set('Cache-Control', CACHE_CONTROL).json(await listDocumentTypeRules());
  });

  router.get('/countries', async (request, response) => {
    const language = requestLanguage(request);
    response.set('Cache-Control', CACHE_CONTROL).set('Vary', 'Accept-Language');
    response.json(sortCountries(await listCountries(), language));
  });

  return router;
}
