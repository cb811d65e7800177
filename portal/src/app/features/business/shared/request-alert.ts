import { errorMessageKey } from '../../../core/errors/error-message';
import { problemOf } from '../../../core/http/problem';

/** A message about a failed request: the API's own explanation, or a translation key for it. */
export interface RequestAlert {
  /** The problem's `detail`, which the API writes in the language the portal asked for. */
  text?: string;
  key?: string;
}

/**
 * Explains a failed request. Business problems such as a registered tax code or the last
 * administrator carry a detail that explains the next step, so that detail is shown
 * whenever the API sent one.
 */
export function requestAlert(error: unknown): RequestAlert {
  const detail = problemOf(error)?.detail;
  return detail ? { text: detail } : { key: errorMessageKey(error) };
}
