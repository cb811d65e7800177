import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { ApplicantSession } from './core/auth/applicant-session';
import { LanguageSwitch } from './core/i18n/language-switch';

/** The portal shell: a toolbar with navigation and the language switch above every page. */
@Component({
  selector: 'sg-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbarModule,
    MatButtonModule,
    TranslatePipe,
    LanguageSwitch,
  ],
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App {
  protected readonly session = inject(ApplicantSession);
  private readonly router = inject(Router);

  constructor() {
    // The toolbar shows who is signed in on every page, including public ones.
    this.session.check().catch(() => null);
  }

  protected async signOut(): Promise<void> {
    await this.session.logout().catch(() => undefined);
    await this.router.navigateByUrl('/');
  }
}
