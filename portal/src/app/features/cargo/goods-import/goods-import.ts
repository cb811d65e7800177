import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import type { GoodsImportRejectedRow, GoodsLine } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { GOODS_IMPORT_TEMPLATES } from '../../../core/api/cargo-reference-api';
import type { BusinessCargoDeclarations } from '../../../core/api/cargo-declarations-api';
import { errorMessageKey } from '../../../core/errors/error-message';
import { problemOf } from '../../../core/http/problem';
import { LanguageService } from '../../../core/i18n/language.service';

/** Saves the draft so that the file can be sent to it; returns its id, or null when it could not be saved. */
export type DraftSaver = () => Promise<{ id: string } | null>;

/**
 * "Import goods lines from a file": sends a CSV or XLSX file to the API, which reads it with
 * the template's columns. Lines come back to the form when every row is valid; otherwise nothing
 * is added and each rejected row is listed with its row number, column and reason, so the
 * applicant fixes the file and imports it again.
 */
@Component({
  selector: 'sg-goods-import',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslatePipe],
  templateUrl: './goods-import.html',
  styleUrl: './goods-import.scss',
})
export class GoodsImport {
  private readonly language = inject(LanguageService);

  /** The cargo declarations of the business, which read the file. */
  readonly store = input.required<BusinessCargoDeclarations>();

  /** Saves the draft first, because a file is read for a stored declaration. */
  readonly saveDraft = input.required<DraftSaver>();

  /** Emits the lines read from a file without rejected rows. */
  readonly imported = output<GoodsLine[]>();

  /** The templates with headers in Vietnamese, or in English for the other interface languages. */
  protected readonly templates = computed(() => {
    const language = this.language.current() === 'vi' ? 'vi' : 'en';
    return {
      csv: `${GOODS_IMPORT_TEMPLATES.csv}?lang=${language}`,
      xlsx: `${GOODS_IMPORT_TEMPLATES.xlsx}?lang=${language}`,
    };
  });
  protected readonly busy = signal(false);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly errorDetail = signal<string | null>(null);
  protected readonly rejectedRows = signal<GoodsImportRejectedRow[]>([]);
  protected readonly importedCount = signal<number | null>(null);
  protected readonly fileName = signal<string | null>(null);

  protected async importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    // The same file can be chosen again after it was fixed, so the input is cleared each time.
    input.value = '';
    if (!file) {
      return;
    }

    this.busy.set(true);
    this.errorKey.set(null);
    this.errorDetail.set(null);
    this.rejectedRows.set([]);
    this.importedCount.set(null);
    this.fileName.set(file.name);
    try {
      const draft = await this.saveDraft()();
      if (!draft) {
        return;
      }

      const result = await firstValueFrom(this.store().importGoods(draft.id, file));
      this.rejectedRows.set(result.rejectedRows);
      if (result.rejectedRows.length === 0) {
        this.importedCount.set(result.lines.length);
        this.imported.emit(result.lines);
      }
    } catch (error) {
      this.errorKey.set(errorMessageKey(error));
      this.errorDetail.set(problemOf(error)?.detail ?? null);
    } finally {
      this.busy.set(false);
    }
  }
}
