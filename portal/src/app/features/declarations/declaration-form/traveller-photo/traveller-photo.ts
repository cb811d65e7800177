import { HttpEventType } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { FormControl } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { DeclarationView, TravellerPhotoStatus } from '@smartgate/shared-models';
import { startWith, switchMap } from 'rxjs';

import { ReferenceDataApi } from '../../../../core/api/reference-data-api';
import { TravellerPhotosApi } from '../../../../core/api/traveller-photos-api';
import { errorMessageKey } from '../../../../core/errors/error-message';
import { problemOf } from '../../../../core/http/problem';
import { LanguageService } from '../../../../core/i18n/language.service';
import { FieldError } from '../../../../shared/forms/field-error';
import type { ControlIssue } from '../../../../shared/forms/form-issues';
import { TRAVELLER_LABEL_KEYS, travellerLabel } from '../../../../shared/forms/validation-text';
import { FieldCommentAnchor } from '../../change-requests/field-comment-anchor';
import type { TravellerForm } from '../declaration-form-model';
import { photoFileIssue } from './photo-file-check';

/**
 * The portrait photo of one traveller: a preview, a button to choose or replace the file, one to
 * remove it, upload progress, and the errors of the client's check or of the API beside it.
 * A photo belongs to a stored traveller, so the form is saved before each upload.
 */
@Component({
  selector: 'sg-traveller-photo',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatProgressBarModule, TranslatePipe, FieldError, FieldCommentAnchor],
  templateUrl: './traveller-photo.html',
  styleUrl: './traveller-photo.scss',
})
export class TravellerPhoto {
  private static nextId = 0;

  private readonly api = inject(TravellerPhotosApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private readonly travellerLabels = inject(TRAVELLER_LABEL_KEYS);
  private readonly destroyRef = inject(DestroyRef);

  readonly group = input.required<TravellerForm>();

  /** Position in the declaration: 0 is the lead traveller. */
  readonly position = input.required<number>();

  /** The stored declaration, or null before its first save. */
  readonly declaration = input<DeclarationView | null>(null);

  /**
   * Saves the form, so that the API has this traveller at this position. Resolves to the stored
   * declaration, or to null when the form cannot be saved; the form then shows why.
   */
  readonly saveDraft = input.required<() => Promise<DeclarationView | null>>();

  private readonly idSuffix = TravellerPhoto.nextId++;
  protected readonly hintId = `traveller-photo-hint-${this.idSuffix}`;
  protected readonly errorId = `traveller-photo-error-${this.idSuffix}`;

  protected readonly path = computed(() => ['travellers', this.position(), 'photo'] as const);

  private readonly travellerId = this.groupValue((group) => group.controls.id);
  private readonly documentType = this.groupValue((group) => group.controls.documentType);
  private readonly documentTypes = toSignal(inject(ReferenceDataApi).documentTypes$, { initialValue: [] });

  /** Whether the chosen document type requires a photo, according to the reference data. */
  protected readonly required = computed(
    () => this.documentTypes().find((type) => type.code === this.documentType())?.photoRequired ?? false,
  );

  /** The photo as last stored: from the declaration, until this component uploads or removes one. */
  protected readonly status = linkedSignal<TravellerPhotoStatus | null>(
    () =>
      this.declaration()?.travellerPhotos?.find((photo) => photo.travellerId === this.travellerId()) ?? null,
  );

  /** The stored declaration's id: from the input, or from the save before an upload. */
  private readonly declarationId = linkedSignal(() => this.declaration()?.id ?? null);

  protected readonly previewUrl = signal<string | null>(null);
  /** Upload progress in percent; null while nothing is being sent. */
  protected readonly progress = signal<number | null>(null);
  protected readonly busy = signal(false);
  /** Translation key of a failure that is not about the file, such as a lost connection. */
  protected readonly failureKey = signal<string | null>(null);

  protected readonly travellerName = computed(() => {
    // Reading the language makes the label follow a language switch.
    this.language.current();
    return travellerLabel(this.translate, this.position(), this.travellerLabels);
  });

  constructor() {
    this.loadPreviewOnChange();
    this.destroyRef.onDestroy(() => this.showPreview(null));
  }

  /** Checks the chosen file, saves the draft, and uploads the file for this traveller. */
  protected async choose(event: Event): Promise<void> {
    const fileInput = event.target as HTMLInputElement;
    const file = fileInput.files?.[0];
    // Clearing the input lets the traveller choose the same file again after fixing a problem.
    fileInput.value = '';
    if (!file) {
      return;
    }

    this.clearErrors();
    const issue = await photoFileIssue(file);
    if (issue) {
      this.showIssue({ key: issue });
      return;
    }

    this.busy.set(true);
    const stored = await this.saveDraft()();
    if (!stored) {
      this.busy.set(false);
      this.failureKey.set('travellerPhoto.saveFirst');
      return;
    }
    this.declarationId.set(stored.id);
    this.upload(stored.id, file);
  }

  protected remove(): void {
    const declarationId = this.declarationId();
    if (!declarationId) {
      return;
    }

    this.clearErrors();
    this.busy.set(true);
    this.api
      .remove(declarationId, this.position())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.busy.set(false);
          this.status.set(null);
        },
        error: (error: unknown) => this.showFailure(error),
      });
  }

  private upload(declarationId: string, file: File): void {
    this.progress.set(0);
    this.api
      .upload(declarationId, this.position(), file)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (event) => {
          if (event.type === HttpEventType.UploadProgress) {
            this.progress.set(event.total ? Math.round((100 * event.loaded) / event.total) : null);
          } else if (event.type === HttpEventType.Response && event.body) {
            this.progress.set(null);
            this.busy.set(false);
            this.status.set(event.body);
          }
        },
        error: (error: unknown) => this.showFailure(error),
      });
  }

  /** Fetches the stored photo whenever another one is stored, and drops the preview when it is removed. */
  private loadPreviewOnChange(): void {
    const stored = computed(() => {
      const status = this.status();
      const declarationId = this.declarationId();
      return status?.hasPhoto && declarationId ? `${declarationId}|${status.uploadedAt}` : null;
    });

    effect((onCleanup) => {
      if (stored() === null) {
        untracked(() => this.showPreview(null));
        return;
      }

      // The position is read once: after a companion is removed in the form, the stored positions
      // change only with the next save, so a new fetch by position could show someone else's photo.
      const request = untracked(() => this.api.fetch(this.declarationId()!, this.position()));
      const subscription = request.subscribe({
        next: (blob) => this.showPreview(blob),
        error: () => this.showPreview(null),
      });
      onCleanup(() => subscription.unsubscribe());
    });
  }

  /** Replaces the preview's object URL, revoking the previous one so that its blob can be freed. */
  private showPreview(blob: Blob | null): void {
    const previous = this.previewUrl();
    if (previous) {
      URL.revokeObjectURL(previous);
    }
    this.previewUrl.set(blob ? URL.createObjectURL(blob) : null);
  }

  private showFailure(error: unknown): void {
    this.progress.set(null);
    this.busy.set(false);

    const fieldError = problemOf(error)?.errors?.find((item) => item.path.endsWith('.photo'));
    if (fieldError) {
      this.showIssue({
        key: fieldError.code,
        serverMessage: fieldError.message,
        ...(fieldError.params ? { params: fieldError.params } : {}),
      });
    } else {
      this.failureKey.set(errorMessageKey(error));
    }
  }

  private showIssue(issue: ControlIssue): void {
    const control = this.group().controls.photo;
    control.setErrors({ issue });
    control.markAsTouched();
  }

  private clearErrors(): void {
    this.failureKey.set(null);
    this.group().controls.photo.setErrors(null);
  }

  /** Follows the value of one of the traveller's controls, also when the group is replaced. */
  private groupValue<T>(pick: (group: TravellerForm) => FormControl<T>) {
    return toSignal(
      toObservable(this.group).pipe(
        switchMap((group) => {
          const control = pick(group);
          return control.valueChanges.pipe(startWith(control.value));
        }),
      ),
    );
  }
}
