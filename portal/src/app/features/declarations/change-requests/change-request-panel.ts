import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { LanguageService } from '../../../core/i18n/language.service';
import { TimestampPipe } from '../../../shared/dates/timestamp.pipe';
import { FieldComments } from './field-comments';
import { FieldLabelPipe } from './field-label.pipe';

/**
 * The top of the form of a declaration sent back for changes: the officer's general comment and
 * a list of the commented fields, each a button that moves to the field in the form below.
 */
@Component({
  selector: 'sg-change-request-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, TimestampPipe, FieldLabelPipe],
  templateUrl: './change-request-panel.html',
  styleUrl: './change-request-panel.scss',
})
export class ChangeRequestPanel {
  // Optional, because the form is also used where no page provides the comments.
  private readonly comments = inject(FieldComments, { optional: true });

  protected readonly language = inject(LanguageService).current;
  protected readonly request = computed(() => this.comments?.request() ?? null);

  protected goToField(path: string): void {
    this.comments?.focusField(path);
  }
}
