import { ChangeDetectionStrategy, Component, ErrorHandler, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import type { CrossingTimesRow, GateDesk } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { LanguageState } from '../../core/i18n/language-state';
import { DateOnlyPipe } from '../../shared/format/date-pipes';
import { GateApi } from './gate-api';
import { LaneChoiceStore } from './lane-choice';
import { SecondsPipe } from './seconds.pipe';

/** Today in Asia/Ho_Chi_Minh as `YYYY-MM-DD`, shifted by whole days. */
function gateDay(offsetDays = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  const [year, month, day] = today.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + offsetDays)).toISOString().slice(0, 10);
}

/**
 * The supervisor's report of the time from scan to recorded crossing: median and 95th percentile
 * per lane and day, the evidence for the one-minute and two-minute targets.
 */
@Component({
  selector: 'sg-crossing-times',
  imports: [
    DateOnlyPipe,
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    SecondsPipe,
    TranslatePipe,
  ],
  templateUrl: './crossing-times.html',
  styles: `
    .filter {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      align-items: baseline;
    }
    table {
      max-width: 900px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CrossingTimes {
  private readonly api = inject(GateApi);
  private readonly errorHandler = inject(ErrorHandler);

  protected readonly language = inject(LanguageState).current;
  protected readonly columns = ['day', 'laneCode', 'scans', 'travellers', 'medianMs', 'p95Ms'];
  protected readonly desks = signal<GateDesk[]>([]);
  protected readonly gateCode = signal(inject(LaneChoiceStore).choice()?.gateCode ?? '');
  protected readonly from = signal(gateDay(-6));
  protected readonly until = signal(gateDay());
  protected readonly rows = signal<CrossingTimesRow[] | null>(null);
  protected readonly loading = signal(false);

  constructor() {
    void this.loadDesks();
  }

  protected async showReport(): Promise<void> {
    if (!this.gateCode()) {
      return;
    }
    this.loading.set(true);
    try {
      this.rows.set(
        await firstValueFrom(
          this.api.crossingTimes({ gateCode: this.gateCode(), from: this.from(), until: this.until() }),
        ),
      );
    } catch (error) {
      this.errorHandler.handleError(error);
    } finally {
      this.loading.set(false);
    }
  }

  private async loadDesks(): Promise<void> {
    try {
      const desks = await firstValueFrom(this.api.desks());
      this.desks.set(desks);
      if (!this.gateCode() && desks.length > 0) {
        this.gateCode.set(desks[0].code);
      }
      await this.showReport();
    } catch (error) {
      this.errorHandler.handleError(error);
    }
  }
}
