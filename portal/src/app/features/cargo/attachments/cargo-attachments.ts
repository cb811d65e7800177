import { HttpEventType, type HttpEvent } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import {
  AttachmentType,
  MAX_ATTACHMENT_BYTES,
  type CargoAttachment,
  type DeclarationView,
} from '@smartgate/shared-models';
import { firstValueFrom, lastValueFrom, tap } from 'rxjs';

import type { BusinessCargoDeclarations } from '../../../core/api/cargo-declarations-api';
import { errorMessageKey } from '../../../core/errors/error-message';
import { problemOf } from '../../../core/http/problem';
import { FieldCommentAnchor } from '../../declarations/change-requests/field-comment-anchor';
import type { DraftSaver } from '../goods-import/goods-import';

/** The attachment state shown: the files and the types the rules still require. */
interface AttachmentState {
  attachments: CargoAttachment[];
  missingTypes: AttachmentType[];
}

/**
 * The documents of a consignment: which types the rules require and which are still missing,
 * the uploaded files (each typed, PDF, JPEG or PNG, at most 10 MB), and their removal. An
 * officer's comment on a document type shows under that type.
 * The API judges the file type by its content; its message is shown when it rejects a file.
 */
@Component({
  selector: 'sg-cargo-attachments',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    TranslatePipe,
    FieldCommentAnchor,
  ],
  templateUrl: './cargo-attachments.html',
  styleUrl: './cargo-attachments.scss',
})
export class CargoAttachments {
  readonly store = input.required<BusinessCargoDeclarations>();

  /** The stored declaration, or null before its first save. */
  readonly declaration = input<DeclarationView | null>(null);

  /** Saves the draft first, because files are attached to a stored declaration. */
  readonly saveDraft = input.required<DraftSaver>();

  /** False once the declaration is submitted: the list is then read-only. */
  readonly editable = input(true);

  protected readonly types = AttachmentType.options;
  protected readonly typeControl = new FormControl<AttachmentType | null>(null);
  protected readonly state = signal<AttachmentState>({ attachments: [], missingTypes: [] });
  protected readonly busy = signal(false);
  protected readonly progress = signal<number | null>(null);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly errorDetail = signal<string | null>(null);

  protected readonly missing = computed(() => new Set(this.state().missingTypes));

  constructor() {
    // Each save of the draft can change which documents the rules require (direction, HS codes).
    effect(() => {
      const cargo = this.declaration()?.cargo;
      if (cargo) {
        untracked(() =>
          this.state.set({ attachments: cargo.attachments, missingTypes: cargo.requiredAttachments }),
        );
      }
    });
  }

  protected async upload(fileInput: HTMLInputElement): Promise<void> {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    const type = this.typeControl.value;
    if (!file) {
      return;
    }
    if (!type) {
      this.showError('cargo.attachments.chooseTypeFirst');
      return;
    }
    if (file.size > MAX_ATTACHMENT_BYTES) {
      this.showError('cargo.attachments.tooLarge');
      return;
    }

    await this.run(async (id) => {
      const events = this.store()
        .uploadAttachment(id, type, file)
        .pipe(tap((event) => this.recordProgress(event)));
      await lastValueFrom(events);
      this.typeControl.setValue(null);
    });
  }

  protected async remove(attachment: CargoAttachment): Promise<void> {
    await this.run((id) => firstValueFrom(this.store().removeAttachment(id, attachment.id)));
  }

  protected fileUrl(attachment: CargoAttachment): string | null {
    const id = this.declaration()?.id;
    return id ? this.store().attachmentUrl(id, attachment.id) : null;
  }

  protected sizeInKilobytes(attachment: CargoAttachment): string {
    return Math.max(1, Math.round(attachment.sizeBytes / 1024)).toLocaleString();
  }

  private recordProgress(event: HttpEvent<unknown>): void {
    if (event.type === HttpEventType.UploadProgress && event.total) {
      this.progress.set(Math.round((event.loaded / event.total) * 100));
    }
  }

  /** Saves the draft if needed, runs a change, then reloads the files and the missing types. */
  private async run(change: (declarationId: string) => Promise<unknown>): Promise<void> {
    this.busy.set(true);
    this.errorKey.set(null);
    this.errorDetail.set(null);
    try {
      const draft = await this.saveDraft()();
      if (!draft) {
        return;
      }
      await change(draft.id);
      await this.reload(draft.id);
    } catch (error) {
      this.errorKey.set(errorMessageKey(error));
      this.errorDetail.set(problemOf(error)?.detail ?? null);
    } finally {
      this.busy.set(false);
      this.progress.set(null);
    }
  }

  private async reload(declarationId: string): Promise<void> {
    const view = await firstValueFrom(this.store().get(declarationId));
    if (view.cargo) {
      this.state.set({ attachments: view.cargo.attachments, missingTypes: view.cargo.requiredAttachments });
    }
  }

  private showError(key: string): void {
    this.errorKey.set(key);
    this.errorDetail.set(null);
  }
}
