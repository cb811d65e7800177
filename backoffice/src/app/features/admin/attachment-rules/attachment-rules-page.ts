import {
  ChangeDetectionStrategy,
  Component,
  ErrorHandler,
  Injector,
  type OnInit,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { AttachmentRule } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { isProblemOfType } from '../../../core/errors/problem';
import { AttachmentRuleDialog, type AttachmentRuleDialogData } from './attachment-rule-dialog';
import { AttachmentRulesApi } from './attachment-rules-api';
import { AttachmentRulesState } from './attachment-rules-state';

const SNACK_BAR_DURATION_MS = 5000;

/**
 * The administrator's attachment rules, which list the documents a cargo declaration needs:
 * a table of every rule, with add and edit in a dialog, and deactivate or activate again.
 */
@Component({
  selector: 'sg-attachment-rules-page',
  imports: [MatButtonModule, MatProgressBarModule, MatTableModule, TranslatePipe],
  providers: [AttachmentRulesState],
  templateUrl: './attachment-rules-page.html',
  styleUrl: './attachment-rules-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AttachmentRulesPage implements OnInit {
  private readonly api = inject(AttachmentRulesApi);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly errorHandler = inject(ErrorHandler);

  protected readonly state = inject(AttachmentRulesState);
  protected readonly columns = [
    'attachmentType',
    'direction',
    'hsChapters',
    'hsControl',
    'status',
    'noteVi',
    'noteEn',
    'actions',
  ];
  protected readonly working = signal(false);
  /** Set when another administrator changed a rule first, until the list is loaded again. */
  protected readonly conflict = signal(false);

  ngOnInit(): void {
    void this.loadRules();
  }

  protected async loadRules(): Promise<void> {
    if (await this.state.load()) {
      this.conflict.set(false);
    }
  }

  protected addRule(): Promise<void> {
    return this.openDialog({}, 'admin.attachmentRules.added');
  }

  protected editRule(rule: AttachmentRule): Promise<void> {
    return this.openDialog({ rule }, 'admin.attachmentRules.saved');
  }

  /** Deactivates an active rule, which then no longer applies, or activates an inactive one again. */
  protected async toggleActive(rule: AttachmentRule): Promise<void> {
    const { id, version: _version, ...fields } = rule;
    this.working.set(true);
    try {
      const saved = await firstValueFrom(
        this.api.update(id, { ...fields, active: !rule.active, version: rule.version }),
      );
      this.state.store(saved);
      this.announce(saved.active ? 'admin.attachmentRules.activated' : 'admin.attachmentRules.deactivated');
    } catch (error) {
      if (isProblemOfType(error, 'version-conflict')) {
        this.conflict.set(true);
      } else {
        this.errorHandler.handleError(error);
      }
    } finally {
      this.working.set(false);
    }
  }

  private async openDialog(data: AttachmentRuleDialogData, savedMessage: string): Promise<void> {
    // The dialog gets the page's injector, so it shares the page's list of rules.
    const dialogRef = this.dialog.open<AttachmentRuleDialog, AttachmentRuleDialogData, AttachmentRule>(
      AttachmentRuleDialog,
      { width: '640px', maxWidth: '95vw', data, injector: this.injector },
    );
    const saved = await firstValueFrom(dialogRef.afterClosed());
    if (!saved) {
      return;
    }

    this.state.store(saved);
    this.announce(savedMessage);
  }

  private announce(key: string): void {
    this.snackBar.open(this.translate.instant(key), this.translate.instant('common.close'), {
      duration: SNACK_BAR_DURATION_MS,
    });
  }
}
