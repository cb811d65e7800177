const DEFAULT_RETURN_URL = '/declarations';

/**
 * Returns the in-app path to open after signing in. Anything that is not a plain app path
 * (an absolute URL, a protocol-relative `//host` or the sign-in page itself) falls back to the list,
 * so a crafted link cannot send the officer to another site.
 */
export function safeReturnUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return DEFAULT_RETURN_URL;
  }

  return value.startsWith('/login') ? DEFAULT_RETURN_URL : value;
}
