import { ChangeDetectionStrategy, Component, ErrorHandler, OnInit, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { Gate, OfficerAccount, OfficerWithInitialPassword } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { ReferenceDataApi } from '../../../core/api/reference-data-api';
import { AuthState } from '../../../core/auth/auth-state';
import { GateTimePipe } from '../../../shared/format/date-pipes';
import { ConfirmActionDialog, type ConfirmActionData } from './confirm-action-dialog';
import { InitialPasswordDialog } from './initial-password-dialog';
import { OfficerDialog, type OfficerDialogData, type OfficerDialogResult } from './officer-dialog';
import { OfficersApi, type OfficerAction } from './officers-api';

const SNACK_BAR_DURATION_MS = 5000;

/** Actions that take access away, so the administrator confirms them first. */
const CONFIRMED_ACTIONS: ReadonlySet<string> = new Set(['disable', 'totp-reset', 'password-reset']);

/**
 * The administrator's list of officers with their roles, gates and account state. New officers,
 * changes, disabling, resets and unlocking go through dialogs; each is audited by the API.
 */
@Component({
  selector: 'sg-officers-page',
  imports: [
    GateTimePipe,
    MatButtonModule,
    MatMenuModule,
    MatProgressBarModule,
    MatTableModule,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './officers-page.html',
  styleUrl: './officers-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OfficersPage implements OnInit {
  private readonly api = inject(OfficersApi);
  private readonly referenceData = inject(ReferenceDataApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly errorHandler = inject(ErrorHandler);

  protected readonly columns = ['username', 'fullName', 'role', 'gates', 'state', 'lastSignIn', 'actions'];
  protected readonly officers = signal<OfficerAccount[]>([]);
  protected readonly gates = signal<Gate[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadFailed = signal(false);
  private readonly signedInOfficer = inject(AuthState).officer;

  ngOnInit(): void {
    void this.loadOfficers();
  }

  protected isOwn(officer: OfficerAccount): boolean {
    return officer.id === this.signedInOfficer()?.id;
  }

  protected async loadOfficers(): Promise<void> {
    this.loading.set(true);
    this.loadFailed.set(false);
    try {
      const [officers, gates] = await Promise.all([
        firstValueFrom(this.api.list()),
        firstValueFrom(this.referenceData.gates()),
      ]);
      this.officers.set(officers);
      this.gates.set(gates);
    } catch (error) {
      this.loadFailed.set(true);
      this.errorHandler.handleError(error);
    } finally {
      this.loading.set(false);
    }
  }

  protected async openOfficerDialog(officer?: OfficerAccount): Promise<void> {
    const dialogRef = this.dialog.open<OfficerDialog, OfficerDialogData, OfficerDialogResult>(OfficerDialog, {
      maxWidth: '95vw',
      data: { officer, gates: this.gates() },
    });
    const result = await firstValueFrom(dialogRef.afterClosed());
    if (result?.kind === 'created') {
      this.replace(result.created.officer);
      this.showInitialPassword(result.created);
    } else if (result?.kind === 'updated') {
      this.replace(result.officer);
      this.notify('admin.officers.saved', result.officer);
    }
  }

  protected async runAction(
    officer: OfficerAccount,
    action: OfficerAction | 'password-reset',
  ): Promise<void> {
    if (CONFIRMED_ACTIONS.has(action) && !(await this.confirm(officer, action))) {
      return;
    }

    try {
      if (action === 'password-reset') {
        const reset = await firstValueFrom(this.api.resetPassword(officer.id));
        this.replace(reset.officer);
        this.showInitialPassword(reset);
        return;
      }
      this.replace(await firstValueFrom(this.api.act(officer.id, action)));
      this.notify(`admin.officers.done.${action}`, officer);
    } catch (error) {
      this.errorHandler.handleError(error);
    }
  }

  private async confirm(officer: OfficerAccount, action: string): Promise<boolean> {
    const dialogRef = this.dialog.open<ConfirmActionDialog, ConfirmActionData, boolean>(ConfirmActionDialog, {
      maxWidth: '480px',
      data: { texts: `admin.officers.confirm.${action}`, parameters: { username: officer.username } },
    });
    return (await firstValueFrom(dialogRef.afterClosed())) === true;
  }

  private showInitialPassword(created: OfficerWithInitialPassword): void {
    this.dialog.open(InitialPasswordDialog, { maxWidth: '480px', disableClose: true, data: created });
  }

  private replace(officer: OfficerAccount): void {
    this.officers.update((officers) => {
      const known = officers.some((entry) => entry.id === officer.id);
      const next = known
        ? officers.map((entry) => (entry.id === officer.id ? officer : entry))
        : [...officers, officer];
      return next.sort((left, right) => left.username.localeCompare(right.username));
    });
  }

  private notify(key: string, officer: OfficerAccount): void {
    this.snackBar.open(
      this.translate.instant(key, { username: officer.username }),
      this.translate.instant('common.close'),
      { duration: SNACK_BAR_DURATION_MS },
    );
  }
}
