const DEFAULT_AFTER_LOGIN = '/declarations';

/**
 * Returns where to go after signing in: the `returnUrl` query parameter when it is a path
 * inside this app, else the declaration list. Absolute and protocol-relative URLs are ignored
 * so that a crafted link cannot send the applicant to another site.
 */
export function safeReturnUrl(returnUrl: string | null | undefined): string {
  if (!returnUrl || !returnUrl.startsWith('/') || returnUrl.startsWith('//') || returnUrl.includes('\\')) {
    return DEFAULT_AFTER_LOGIN;
  }
  return returnUrl;
}
