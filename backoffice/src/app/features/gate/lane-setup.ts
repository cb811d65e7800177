import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import type { GateDesk } from '@smartgate/shared-models';

import { LanguageState } from '../../core/i18n/language-state';
import type { LaneChoice } from './lane-choice';

/** The start of a shift: the officer picks the gate and lane this screen serves. */
@Component({
  selector: 'sg-lane-setup',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatSelectModule, TranslatePipe],
  template: `
    <form class="setup" (ngSubmit)="confirm()">
      <h1>{{ 'gate.setup.title' | translate }}</h1>
      <p>{{ 'gate.setup.explanation' | translate }}</p>

      @if (desks().length === 0) {
        <p class="sg-alert" role="alert">{{ 'gate.setup.noGates' | translate }}</p>
      } @else {
        <mat-form-field appearance="outline">
          <mat-label>{{ 'gate.setup.gate' | translate }}</mat-label>
          <mat-select name="gate" [ngModel]="gateCode()" (ngModelChange)="chooseGate($event)" required>
            @for (desk of desks(); track desk.code) {
              <mat-option [value]="desk.code">{{ isVietnamese() ? desk.nameVi : desk.nameEn }}</mat-option>
            }
          </mat-select>
        </mat-form-field>

        <mat-form-field appearance="outline">
          <mat-label>{{ 'gate.setup.lane' | translate }}</mat-label>
          <mat-select name="lane" [ngModel]="laneCode()" (ngModelChange)="laneCode.set($event)" required>
            @for (lane of lanes(); track lane.code) {
              <mat-option [value]="lane.code">{{ isVietnamese() ? lane.nameVi : lane.nameEn }}</mat-option>
            }
          </mat-select>
        </mat-form-field>

        <button mat-flat-button type="submit" [disabled]="!gateCode() || !laneCode()">
          {{ 'gate.setup.start' | translate }}
        </button>
      }
    </form>
  `,
  styles: `
    .setup {
      display: flex;
      flex-direction: column;
      max-width: 480px;
      gap: 8px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LaneSetup {
  private readonly language = inject(LanguageState);

  readonly desks = input.required<GateDesk[]>();
  readonly chosen = output<LaneChoice>();

  protected readonly gateCode = signal<string | null>(null);
  protected readonly laneCode = signal<string | null>(null);
  protected readonly isVietnamese = computed(() => this.language.current() === 'vi');
  protected readonly lanes = computed(
    () => this.desks().find((desk) => desk.code === this.gateCode())?.lanes ?? [],
  );

  protected chooseGate(gateCode: string): void {
    this.gateCode.set(gateCode);
    this.laneCode.set(null);
  }

  protected confirm(): void {
    const gateCode = this.gateCode();
    const laneCode = this.laneCode();
    if (gateCode && laneCode) {
      this.chosen.emit({ gateCode, laneCode });
    }
  }
}
