import type { Request } from 'express';

/** Languages the API writes messages in; Vietnamese is the default. */
export type ResponseLanguage = 'vi' | 'en';

/** Picks the response language from Accept-Language: Vietnamese when the header is absent or names neither. */
export function requestLanguage(request: Request): ResponseLanguage {
  return request.acceptsLanguages('vi', 'en') === 'en' ? 'en' : 'vi';
}
