import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import type { TotpSetup } from '@smartgate/shared-models';

/**
 * Shows a new authenticator secret: the QR code to scan and the secret to type in by hand. The
 * officer then confirms it with a code, in the form of the page that shows this panel.
 */
@Component({
  selector: 'sg-totp-setup-panel',
  imports: [MatFormFieldModule, MatInputModule, TranslatePipe],
  template: `
    <ol class="steps">
      <li>{{ 'auth.totp.installApp' | translate }}</li>
      <li>{{ 'auth.totp.scan' | translate }}</li>
    </ol>

    <img
      class="qr-code"
      [src]="setup().qrCodeDataUrl"
      [alt]="'auth.totp.qrAlt' | translate"
      width="200"
      height="200"
    />

    <mat-form-field appearance="outline" class="secret-field">
      <mat-label>{{ 'auth.totp.secret' | translate }}</mat-label>
      <input matInput readonly [value]="groupedSecret()" autocomplete="off" spellcheck="false" />
      <mat-hint>{{ 'auth.totp.secretHint' | translate }}</mat-hint>
    </mat-form-field>

    <p class="confirm-step">{{ 'auth.totp.enterCode' | translate }}</p>
  `,
  styles: `
    :host {
      display: block;
    }
    .steps {
      margin: 0 0 12px;
      padding-left: 20px;
    }
    .qr-code {
      display: block;
      margin: 0 auto 12px;
      background: #fff;
    }
    .secret-field {
      width: 100%;
    }
    .secret-field input {
      font-family: monospace;
      letter-spacing: 0.05em;
    }
    .confirm-step {
      margin: 16px 0 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TotpSetupPanel {
  readonly setup = input.required<TotpSetup>();

  /** The Base32 secret in groups of four, as authenticator apps accept it with or without spaces. */
  protected readonly groupedSecret = computed(() => this.setup().secret.replace(/(.{4})(?=.)/g, '$1 '));
}
