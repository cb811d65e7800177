import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { DeclarationView } from '@smartgate/shared-models';

import { LanguageService } from '../../../core/i18n/language.service';
import { TimestampPipe } from '../../../shared/dates/timestamp.pipe';
import { FieldLabelPipe } from './field-label.pipe';

/** Every round of changes an officer asked for, with the comments and when the applicant submitted again. */
@Component({
  selector: 'sg-change-request-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, TimestampPipe, FieldLabelPipe],
  templateUrl: './change-request-history.html',
  styleUrl: './change-request-history.scss',
})
export class ChangeRequestHistory {
  protected readonly language = inject(LanguageService).current;

  readonly declaration = input.required<DeclarationView>();

  protected readonly rounds = computed(() => this.declaration().changeRequests ?? []);
  protected readonly openRound = computed(() => this.declaration().changeRequest?.round ?? null);
}
