import { ChangeDetectionStrategy, Component, ErrorHandler, OnInit, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { DocumentTypeRules } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { DocumentTypeDialog } from './document-type-dialog';
import { DocumentTypesApi } from './document-types-api';

const SNACK_BAR_DURATION_MS = 5000;

/** The administrator's list of document types with their rules, each editable in a dialog. */
@Component({
  selector: 'sg-document-types-page',
  imports: [MatButtonModule, MatProgressBarModule, MatTableModule, TranslatePipe],
  templateUrl: './document-types-page.html',
  styleUrl: './document-types-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DocumentTypesPage implements OnInit {
  private readonly api = inject(DocumentTypesApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly errorHandler = inject(ErrorHandler);

  protected readonly columns = [
    'name',
    'numberFormat',
    'expiryWarningMonths',
    'maxValidityMonths',
    'requiresIssueDate',
    'photoRequired',
    'validProvinceRule',
    'allowedNationalities',
    'actions',
  ];
  protected readonly documentTypes = signal<DocumentTypeRules[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadFailed = signal(false);

  ngOnInit(): void {
    void this.loadDocumentTypes();
  }

  protected async loadDocumentTypes(): Promise<void> {
    this.loading.set(true);
    this.loadFailed.set(false);
    try {
      this.documentTypes.set(await firstValueFrom(this.api.list()));
    } catch (error) {
      this.loadFailed.set(true);
      this.errorHandler.handleError(error);
    } finally {
      this.loading.set(false);
    }
  }

  protected async editRules(rules: DocumentTypeRules): Promise<void> {
    const dialogRef = this.dialog.open<DocumentTypeDialog, DocumentTypeRules, DocumentTypeRules>(
      DocumentTypeDialog,
      { width: '560px', maxWidth: '95vw', data: rules },
    );
    const saved = await firstValueFrom(dialogRef.afterClosed());
    if (!saved) {
      return;
    }

    this.documentTypes.update((types) => types.map((type) => (type.code === saved.code ? saved : type)));
    this.snackBar.open(
      this.translate.instant('admin.documentTypes.saved'),
      this.translate.instant('common.close'),
      { duration: SNACK_BAR_DURATION_MS },
    );
  }
}
