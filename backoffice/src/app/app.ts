import { ChangeDetectionStrategy, Component, ErrorHandler, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatToolbarModule } from '@angular/material/toolbar';
import { Router, RouterLink, RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { SUPERVISOR_ROLES } from '@smartgate/shared-models';

import { AuthState } from './core/auth/auth-state';
import { LanguageState } from './core/i18n/language-state';

/** The shell: a toolbar with the language switch and the signed-in officer, above the current page. */
@Component({
  selector: 'sg-root',
  imports: [MatButtonModule, MatToolbarModule, RouterLink, RouterOutlet, TranslatePipe],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  private readonly auth = inject(AuthState);
  private readonly language = inject(LanguageState);
  private readonly router = inject(Router);
  private readonly errorHandler = inject(ErrorHandler);

  protected readonly officer = this.auth.officer;
  /** Supervisors and administrators watch the job queues; the API refuses other roles as well. */
  protected readonly canSeeQueues = computed(() => {
    const role = this.officer()?.role;
    return role !== undefined && SUPERVISOR_ROLES.includes(role);
  });
  /** Administrators maintain the reference data, such as the rules of each document type. */
  protected readonly isAdministrator = computed(() => this.officer()?.role === 'administrator');
  protected readonly otherLanguage = computed(() => (this.language.current() === 'vi' ? 'en' : 'vi'));

  protected switchLanguage(): void {
    void this.language.use(this.otherLanguage());
  }

  protected async signOut(): Promise<void> {
    try {
      await this.auth.logout();
    } catch (error) {
      this.errorHandler.handleError(error);
    }

    await this.router.navigate(['/login']);
  }
}
