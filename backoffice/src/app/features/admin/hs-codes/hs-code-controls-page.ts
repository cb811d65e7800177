import { ChangeDetectionStrategy, Component, ErrorHandler, type OnInit, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { formatHsCode, type HsCodeOption, type HsControl } from '@smartgate/shared-models';
import { firstValueFrom, type Observable } from 'rxjs';

import { isProblemOfType } from '../../../core/errors/problem';
import { HsCodesApi } from './hs-codes-api';

const SNACK_BAR_DURATION_MS = 5000;

/** The control choices; a select cannot hold null, so `none` stands for a code without control. */
export const CONTROL_CHOICES = ['none', 'licence_required', 'prohibited'] as const;
type ControlChoice = (typeof CONTROL_CHOICES)[number];

/**
 * The administrator's HS code controls: the codes under a control, or those found by a search,
 * each with a select that sets the code prohibited, licence required or free.
 */
@Component({
  selector: 'sg-hs-code-controls-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  templateUrl: './hs-code-controls-page.html',
  styleUrl: './hs-code-controls-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HsCodeControlsPage implements OnInit {
  private readonly api = inject(HsCodesApi);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly errorHandler = inject(ErrorHandler);

  protected readonly columns = ['code', 'descriptionVi', 'descriptionEn', 'control'];
  protected readonly choices = CONTROL_CHOICES;
  protected readonly searchForm = new FormGroup({ text: new FormControl('', { nonNullable: true }) });
  protected readonly codes = signal<HsCodeOption[]>([]);
  /** The search the table shows, or null for the controlled codes. */
  protected readonly shownSearch = signal<string | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadFailed = signal(false);
  protected readonly working = signal(false);
  /** Set when another administrator changed a control first, until the list is loaded again. */
  protected readonly conflict = signal(false);

  ngOnInit(): void {
    void this.showControlled();
  }

  protected showControlled(): Promise<void> {
    this.searchForm.reset();
    return this.load(null);
  }

  protected searchCodes(): Promise<void> {
    const text = this.searchForm.controls.text.value.trim();
    return this.load(text === '' ? null : text);
  }

  protected reload(): Promise<void> {
    return this.load(this.shownSearch());
  }

  protected formatCode(code: string): string {
    return formatHsCode(code);
  }

  protected choiceOf(code: HsCodeOption): ControlChoice {
    return code.control ?? 'none';
  }

  /** True when goods lines under the code follow a stricter control set on a code above it. */
  protected inheritsControl(code: HsCodeOption): boolean {
    return code.effectiveControl !== null && code.controlSourceCode !== code.code;
  }

  /** Sets a code's control, naming the control shown so that a change made meanwhile is not overwritten. */
  protected async changeControl(code: HsCodeOption, choice: ControlChoice): Promise<void> {
    const hsControl: HsControl | null = choice === 'none' ? null : choice;
    this.working.set(true);
    try {
      const saved = await firstValueFrom(
        this.api.updateControl(code.code, { hsControl, expectedHsControl: code.control }),
      );
      this.codes.update((codes) => codes.map((item) => (item.code === saved.code ? saved : item)));
      // The codes shown under the changed one inherit its control, so their rows are read again.
      if (this.codes().some((item) => item.code !== saved.code && item.code.startsWith(saved.code))) {
        await this.load(this.shownSearch());
      }
      this.snackBar.open(
        this.translate.instant('admin.hsCodes.saved', { code: formatHsCode(saved.code) }),
        this.translate.instant('common.close'),
        { duration: SNACK_BAR_DURATION_MS },
      );
    } catch (error) {
      // The select already shows the new choice; put the row back to the stored control.
      this.codes.update((codes) => codes.map((item) => (item.code === code.code ? { ...code } : item)));
      if (isProblemOfType(error, 'version-conflict')) {
        this.conflict.set(true);
      } else {
        this.errorHandler.handleError(error);
      }
    } finally {
      this.working.set(false);
    }
  }

  private async load(search: string | null): Promise<void> {
    const request: Observable<HsCodeOption[]> =
      search === null ? this.api.controlled() : this.api.search(search);
    this.loading.set(true);
    this.loadFailed.set(false);
    try {
      this.codes.set(await firstValueFrom(request));
      this.shownSearch.set(search);
      this.conflict.set(false);
    } catch (error) {
      this.loadFailed.set(true);
      this.errorHandler.handleError(error);
    } finally {
      this.loading.set(false);
    }
  }
}
