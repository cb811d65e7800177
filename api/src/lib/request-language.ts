import type { Request } from 'express';

/** Languages the API writes messages in. Vietnamese is the default. */
export type ResponseLanguage = 'vi' | 'en' | 'km';

/** Picks the response language from Accept-Language: Vietnamese when the header is absent or names none of them. */
export function requestLanguage(request: Request): ResponseLanguage {
  const accepted = request.acceptsLanguages('vi', 'en', 'km');
  return accepted === 'en' || accepted === 'km' ? accepted : 'vi';
}
