/** Checks whether a request URL goes to this site's API (relative `/api/...` URLs only). */
export function isApiRequest(url: string): boolean {
  return url.startsWith('/api/');
}
