import { ChangeDetectionStrategy, Component, ErrorHandler, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';
import type { GateDesk, IssuedPlateCamera, PlateCameraView } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { GateTimePipe } from '../../shared/format/date-pipes';
import { GateApi } from './gate-api';

/** Administrators register licence-plate cameras, see each new key once, and revoke keys. */
@Component({
  selector: 'sg-camera-admin',
  imports: [
    FormsModule,
    GateTimePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    MatTableModule,
    TranslatePipe,
  ],
  templateUrl: './camera-admin.html',
  styles: `
    .issue {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      align-items: baseline;
    }
    .new-key {
      font-family: ui-monospace, monospace;
      word-break: break-all;
      user-select: all;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CameraAdmin {
  private readonly api = inject(GateApi);
  private readonly errorHandler = inject(ErrorHandler);

  protected readonly columns = ['cameraName', 'place', 'keyPrefix', 'lastReadAt', 'status'];
  protected readonly cameras = signal<PlateCameraView[]>([]);
  protected readonly desks = signal<GateDesk[]>([]);
  protected readonly issued = signal<IssuedPlateCamera | null>(null);
  protected readonly cameraName = signal('');
  protected readonly gateCode = signal('');
  protected readonly laneCode = signal('');

  constructor() {
    void this.load();
  }

  protected lanesOf(gateCode: string) {
    return this.desks().find((desk) => desk.code === gateCode)?.lanes ?? [];
  }

  protected async issueCamera(): Promise<void> {
    try {
      const issued = await firstValueFrom(
        this.api.issueCamera({
          cameraName: this.cameraName(),
          gateCode: this.gateCode(),
          laneCode: this.laneCode() || undefined,
        }),
      );
      this.issued.set(issued);
      this.cameraName.set('');
      await this.reloadCameras();
    } catch (error) {
      this.errorHandler.handleError(error);
    }
  }

  protected async revokeCamera(camera: PlateCameraView): Promise<void> {
    try {
      await firstValueFrom(this.api.revokeCamera(camera.id));
      await this.reloadCameras();
    } catch (error) {
      this.errorHandler.handleError(error);
    }
  }

  private async load(): Promise<void> {
    try {
      const desks = await firstValueFrom(this.api.desks());
      this.desks.set(desks);
      this.gateCode.set(desks[0]?.code ?? '');
      await this.reloadCameras();
    } catch (error) {
      this.errorHandler.handleError(error);
    }
  }

  private async reloadCameras(): Promise<void> {
    this.cameras.set(await firstValueFrom(this.api.cameras()));
  }
}
