import { signal } from '@angular/core';
import type { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';

import type { BusinessesApi } from '../../../core/api/businesses-api';
import { confirmStep } from './confirm';
import type { CurrentBusiness } from './current-business';
import { requestAlert, type RequestAlert } from './request-alert';

/** A record in a list: its id and the version its delete must name. */
interface ListedRecord {
  id: string;
  version: number;
}

/**
 * The state of a page that lists one kind of company record (vehicles, drivers or partners):
 * the records, the alert of the last failed request, and deletion after a confirmation.
 */
export class RecordList<T extends ListedRecord> {
  readonly records = signal<T[] | null>(null);
  readonly alert = signal<RequestAlert | null>(null);
  readonly busy = signal(false);

  constructor(
    private readonly api: BusinessesApi,
    private readonly dialog: MatDialog,
    private readonly current: CurrentBusiness,
    private readonly kind: 'vehicles' | 'drivers' | 'partners',
  ) {}

  async load(): Promise<void> {
    try {
      const records = await firstValueFrom(this.api.listRecords(this.current.id(), this.kind));
      this.records.set(records as unknown as T[]);
    } catch (error) {
      this.alert.set(requestAlert(error));
    }
  }

  /** Deletes a record at the version last read, after the applicant confirms; then reloads the list. */
  async remove(record: T, name: string): Promise<void> {
    const confirmed = await confirmStep(this.dialog, {
      title: `business.${this.kind}.deleteTitle`,
      text: 'business.deleteText',
      confirm: 'business.delete',
      params: { name },
    });
    if (!confirmed) {
      return;
    }

    this.busy.set(true);
    this.alert.set(null);
    try {
      await firstValueFrom(this.api.deleteRecord(this.current.id(), this.kind, record));
    } catch (error) {
      this.alert.set(requestAlert(error));
    } finally {
      this.busy.set(false);
      await this.load();
    }
  }
}
