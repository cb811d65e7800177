import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatTabNavPanel, MatTabsModule } from '@angular/material/tabs';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { QueueSummary, ReviewQueue } from '@smartgate/shared-models';

import { QUEUES } from '../../../core/api/declaration-query';
import { LanguageState } from '../../../core/i18n/language-state';
import { queueAge } from './queue-age';

/**
 * Tabs of the work queues, each with its count and the age of its oldest record. A tab keeps the
 * filters but starts at page 1 in the queue's own order.
 */
@Component({
  selector: 'sg-queue-tabs',
  imports: [MatTabsModule, RouterLink, TranslatePipe],
  templateUrl: './queue-tabs.html',
  styleUrl: './queue-tabs.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QueueTabs {
  private readonly language = inject(LanguageState).current;

  readonly active = input.required<ReviewQueue>();
  readonly summaries = input<readonly QueueSummary[]>([]);
  readonly panel = input.required<MatTabNavPanel>();

  protected readonly tabs = computed(() => {
    const numbers = new Intl.NumberFormat(this.language());
    return QUEUES.map((queue) => {
      const summary = this.summaries().find((candidate) => candidate.queue === queue);
      return {
        queue,
        count: summary ? `${numbers.format(summary.count)}${summary.countCapped ? '+' : ''}` : null,
        age: summary?.oldestAgeSeconds != null ? queueAge(summary.oldestAgeSeconds) : null,
        link: { queue, page: null, sort: null, order: null, status: null },
      };
    });
  });
}
