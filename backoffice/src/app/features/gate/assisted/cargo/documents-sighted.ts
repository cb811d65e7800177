import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  computed,
  inject,
  input,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { TranslatePipe } from '@ngx-translate/core';
import { map, switchMap } from 'rxjs';

import { LanguageState } from '../../../../core/i18n/language-state';
import { FieldLabelPipe } from '../field-label.pipe';
import { IssueMessagePipe } from '../issue-message.pipe';
import { ATTACHMENT_TYPES, type DocumentsSightedGroup } from './cargo-filing-form';
import type { DocumentRequirement } from './document-requirements';

/**
 * The paper documents that the officer checks in place of the portal's uploads: one tick per
 * document type, the ones that the attachment rules require for this direction and these goods
 * marked as required, with the rule's reason.
 */
@Component({
  selector: 'sg-documents-sighted',
  imports: [FieldLabelPipe, IssueMessagePipe, MatCheckboxModule, ReactiveFormsModule, TranslatePipe],
  template: `
    <fieldset class="section documents" [formGroup]="group()">
      <legend>{{ 'documentsSighted' | fieldLabel: language() }}</legend>
      <p class="hint">{{ 'gate.assisted.cargo.documentsExplanation' | translate }}</p>
      <ul>
        @for (document of documents(); track document.type) {
          <li [class.required]="document.required">
            <mat-checkbox [formControlName]="document.type">
              {{ 'declarations.cargo.attachmentTypes.' + document.type | translate }}
              @if (document.required) {
                <strong class="required-mark">({{ 'gate.assisted.cargo.required' | translate }})</strong>
              }
            </mat-checkbox>
            @for (note of document.notes; track $index) {
              <p class="note">{{ note }}</p>
            }
            @if (group().controls[document.type].errors; as errors) {
              <p class="sg-error" role="alert">
                {{ errors | issueMessage: ['documentsSighted', document.type] : language() }}
              </p>
            }
          </li>
        }
      </ul>
    </fieldset>
  `,
  styles: `
    .section {
      margin: 0 0 16px;
      padding: 12px 16px 8px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
    legend {
      padding: 0 4px;
      font-weight: 600;
    }
    .hint {
      color: var(--mat-sys-on-surface-variant);
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      margin-bottom: 4px;
    }
    .required-mark {
      margin-inline-start: 4px;
      color: var(--mat-sys-error);
    }
    .note,
    .sg-error {
      margin: 0 0 4px 40px;
      font-size: 0.875rem;
    }
    .note {
      color: var(--mat-sys-on-surface-variant);
    }
    .sg-error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DocumentsSighted {
  private readonly changeDetector = inject(ChangeDetectorRef);

  readonly group = input.required<DocumentsSightedGroup>();
  /** The types that the rules require for the direction and goods typed so far. */
  readonly requirements = input.required<readonly DocumentRequirement[]>();

  protected readonly language = inject(LanguageState).current;
  /** Every type, the required ones first, each with the reasons of the rules that require it. */
  protected readonly documents = computed(() => {
    const requirements = this.requirements();
    const optional = ATTACHMENT_TYPES.filter(
      (type) => !requirements.some((required) => required.type === type),
    );
    return [
      ...requirements.map((requirement) => ({ ...requirement, required: true })),
      ...optional.map((type) => ({ type, notes: [] as string[], required: false })),
    ];
  });

  constructor() {
    // The form's errors are put on these controls from outside this view.
    toObservable(this.group)
      .pipe(
        switchMap((group) => group.events.pipe(map(() => group))),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.changeDetector.markForCheck());
  }
}
