import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  WatchlistEntryView,
  WatchlistImportResult,
  WatchlistPage,
  WatchlistSearch,
} from '@smartgate/shared-models';
import type { Observable } from 'rxjs';

const BASE_URL = '/api/officer/admin/watchlist';

/** The CSV template, downloaded by a plain link. */
export const WATCHLIST_TEMPLATE_URL = `${BASE_URL}/template.csv`;

/**
 * The administrator's watchlist endpoints. Entries are names and document numbers, so the
 * search text travels in a POST body, never in the URL.
 */
@Injectable({ providedIn: 'root' })
export class WatchlistApi {
  private readonly http = inject(HttpClient);

  search(search: Partial<WatchlistSearch>): Observable<WatchlistPage> {
    return this.http.post<WatchlistPage>(`${BASE_URL}/search`, search);
  }

  /** Adds an entry; the body is the form's values as the shared `WatchlistEntryInput` reads them. */
  add(entry: Record<string, unknown>): Observable<WatchlistEntryView> {
    return this.http.post<WatchlistEntryView>(BASE_URL, entry);
  }

  deactivate(id: string, reason: string): Observable<WatchlistEntryView> {
    return this.http.post<WatchlistEntryView>(`${BASE_URL}/${encodeURIComponent(id)}/deactivate`, { reason });
  }

  /** Checks (`dryRun`) or imports a CSV file's text, all or nothing. */
  import(csv: string, dryRun: boolean): Observable<WatchlistImportResult> {
    return this.http.post<WatchlistImportResult>(`${BASE_URL}/import`, { csv, dryRun });
  }
}
