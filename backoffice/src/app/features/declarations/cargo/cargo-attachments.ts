import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import type { CargoView } from '@smartgate/shared-models';

import { GateTimePipe } from '../../../shared/format/date-pipes';
import { CargoAttachmentViewer } from './cargo-attachment-viewer';

/** The attachments of a cargo declaration, each viewable in place, and the required types still missing. */
@Component({
  selector: 'sg-cargo-attachments',
  imports: [CargoAttachmentViewer, GateTimePipe, MatButtonModule, TranslatePipe],
  templateUrl: './cargo-attachments.html',
  styleUrls: ['./cargo-panel.scss', './cargo-attachments.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CargoAttachments {
  readonly declarationId = input.required<string>();
  readonly cargo = input.required<CargoView>();

  /** The attachment open in the viewer; one at a time, so only one file is fetched. */
  protected readonly openId = signal<string | null>(null);

  protected toggleAttachment(id: string): void {
    this.openId.update((open) => (open === id ? null : id));
  }

  /** Size in kilobytes or megabytes, rounded for reading. */
  protected size(bytes: number): string {
    return bytes >= 1024 * 1024
      ? `${(bytes / (1024 * 1024)).toFixed(1)} MB`
      : `${Math.max(1, Math.round(bytes / 1024))} KB`;
  }
}
