import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { type DeclarationView, fieldLabel, fieldPathSegments } from '@smartgate/shared-models';

import { LanguageState } from '../../../core/i18n/language-state';
import { GateTimePipe } from '../../../shared/format/date-pipes';

/** Every round of changes asked of the applicant: who asked, what was asked, and when the applicant resubmitted. */
@Component({
  selector: 'sg-change-request-history',
  imports: [GateTimePipe, TranslatePipe],
  templateUrl: './change-request-history.html',
  styleUrl: './change-request-history.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangeRequestHistory {
  private readonly language = inject(LanguageState).current;

  readonly declaration = input.required<DeclarationView>();

  protected readonly openRound = computed(() => this.declaration().changeRequest?.round ?? null);
  protected readonly rounds = computed(() => {
    const language = this.language();
    const kind = this.declaration().kind ?? 'travel';
    return (this.declaration().changeRequests ?? []).map((round) => ({
      ...round,
      fieldComments: round.fieldComments.map((fieldComment) => ({
        ...fieldComment,
        label: fieldLabel(fieldPathSegments(fieldComment.field), language, kind),
      })),
    }));
  });
}
