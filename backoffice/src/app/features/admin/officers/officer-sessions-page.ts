import { ChangeDetectionStrategy, Component, ErrorHandler, OnInit, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { OfficerSession } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { GateTimePipe } from '../../../shared/format/date-pipes';
import { OfficersApi } from './officers-api';

/** The administrator's list of signed-in officer sessions, each of which can be ended. */
@Component({
  selector: 'sg-officer-sessions-page',
  imports: [GateTimePipe, MatButtonModule, MatProgressBarModule, MatTableModule, RouterLink, TranslatePipe],
  templateUrl: './officer-sessions-page.html',
  styleUrl: './officers-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OfficerSessionsPage implements OnInit {
  private readonly api = inject(OfficersApi);
  private readonly errorHandler = inject(ErrorHandler);

  protected readonly columns = ['officer', 'signedInAt', 'lastActiveAt', 'client', 'actions'];
  protected readonly sessions = signal<OfficerSession[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadFailed = signal(false);

  ngOnInit(): void {
    void this.loadSessions();
  }

  protected async loadSessions(): Promise<void> {
    this.loading.set(true);
    this.loadFailed.set(false);
    try {
      this.sessions.set(await firstValueFrom(this.api.sessions()));
    } catch (error) {
      this.loadFailed.set(true);
      this.errorHandler.handleError(error);
    } finally {
      this.loading.set(false);
    }
  }

  protected async endSession(session: OfficerSession): Promise<void> {
    try {
      await firstValueFrom(this.api.endSession(session.id));
      this.sessions.update((sessions) => sessions.filter((entry) => entry.id !== session.id));
    } catch (error) {
      this.errorHandler.handleError(error);
    }
  }
}
