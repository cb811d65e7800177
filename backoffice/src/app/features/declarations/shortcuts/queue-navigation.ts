import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { type DeclarationQuery, parseDeclarationQuery } from '../../../core/api/declaration-query';
import { ReviewQueueApi } from '../../../core/api/review-queue-api';
import { QueueSearchState } from '../queue/queue-search-state';

/**
 * The queue page the officer last looked at, so that the review screen can open the next record
 * of that queue. Without a visited queue it uses the `new` queue.
 */
@Injectable({ providedIn: 'root' })
export class QueueNavigation {
  private readonly api = inject(ReviewQueueApi);
  private readonly search = inject(QueueSearchState).text;
  private query: DeclarationQuery = parseDeclarationQuery({});
  private ids: readonly string[] = [];

  /** Records the query and the record ids of the page that the queue shows. */
  remember(query: DeclarationQuery, ids: readonly string[]): void {
    this.query = query;
    this.ids = ids;
  }

  /**
   * Returns the id of the record after `currentId` in the queue, or null when there is none.
   * When the record left the queue because it was decided, the same page is read again and its
   * first record follows. The last record of a page is followed by the first of the next page.
   */
  async nextAfter(currentId: string): Promise<string | null> {
    const index = this.ids.indexOf(currentId);
    if (index >= 0 && index + 1 < this.ids.length) {
      return this.ids[index + 1];
    }

    const query = index >= 0 ? { ...this.query, page: this.query.page + 1 } : this.query;
    const page = await firstValueFrom(this.api.list(query, this.search()));
    const ids = page.items.map((item) => item.id);
    this.remember(query, ids);
    return ids.find((id) => id !== currentId) ?? null;
  }
}
