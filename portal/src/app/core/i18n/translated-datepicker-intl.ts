import { Injectable, inject } from '@angular/core';
import { MatDatepickerIntl } from '@angular/material/datepicker';
import { TranslateService } from '@ngx-translate/core';

/** The datepicker's button and calendar labels, read by screen readers, in the interface language. */
@Injectable()
export class TranslatedDatepickerIntl extends MatDatepickerIntl {
  private readonly translate = inject(TranslateService);

  constructor() {
    super();
    this.applyLabels();
    this.translate.onLangChange.subscribe(() => this.applyLabels());
  }

  private applyLabels(): void {
    const label = (key: string) => this.translate.instant(`datepicker.${key}`) as string;

    this.calendarLabel = label('calendar');
    this.openCalendarLabel = label('openCalendar');
    this.closeCalendarLabel = label('closeCalendar');
    this.prevMonthLabel = label('previousMonth');
    this.nextMonthLabel = label('nextMonth');
    this.prevYearLabel = label('previousYear');
    this.nextYearLabel = label('nextYear');
    this.prevMultiYearLabel = label('previousYears');
    this.nextMultiYearLabel = label('nextYears');
    this.switchToMonthViewLabel = label('chooseDate');
    this.switchToMultiYearViewLabel = label('chooseMonthAndYear');
    this.changes.next();
  }
}
