/** Session storage key of the invitation token while the invitee signs in or signs up, for this browser tab only. */
const STORAGE_KEY = 'smartgate.portal.invitationToken';

/**
 * Returns the invitation token of the link's fragment (`#token=…`), keeping it in session storage,
 * or the token kept earlier in this tab when the fragment has none. `forget` removes the kept token.
 */
export function takeInvitationToken(
  fragment: string | null,
  options: { forget?: boolean } = {},
): string | null {
  if (options.forget) {
    sessionStorage.removeItem(STORAGE_KEY);
    return null;
  }

  const fromLink = new URLSearchParams(fragment ?? '').get('token');
  if (fromLink) {
    sessionStorage.setItem(STORAGE_KEY, fromLink);
    return fromLink;
  }
  return sessionStorage.getItem(STORAGE_KEY);
}
