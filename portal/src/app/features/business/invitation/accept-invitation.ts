import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { BusinessView } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { BusinessesApi } from '../../../core/api/businesses-api';
import { ApplicantSession } from '../../../core/auth/applicant-session';
import { requestAlert, type RequestAlert } from '../shared/request-alert';
import { RequestAlertView } from '../shared/request-alert-view';
import { takeInvitationToken } from './invitation-token';

/** Return path of the sign-in and sign-up links, which bring the applicant back to this page. */
const RETURN_URL = '/business/invitation';

/**
 * The page that an invitation e-mail links to. It keeps the token from the link's fragment for
 * this browser tab, offers a signed-out visitor sign-in or sign-up with the invited address, and
 * then accepts the invitation.
 */
@Component({
  selector: 'sg-accept-invitation',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, TranslatePipe, RequestAlertView],
  templateUrl: './accept-invitation.html',
})
export class AcceptInvitation {
  private readonly api = inject(BusinessesApi);
  private readonly session = inject(ApplicantSession);
  private readonly router = inject(Router);

  protected readonly returnUrl = RETURN_URL;
  protected readonly state = signal<'checking' | 'noToken' | 'signedOut' | 'ready' | 'accepting' | 'joined'>(
    'checking',
  );
  protected readonly joined = signal<BusinessView | null>(null);
  protected readonly alert = signal<RequestAlert | null>(null);
  private token: string | null = null;

  constructor() {
    const fragment = inject(ActivatedRoute).snapshot.fragment;
    this.token = takeInvitationToken(fragment);
    void this.start(fragment !== null);
  }

  protected async accept(): Promise<void> {
    if (!this.token) {
      return;
    }

    this.state.set('accepting');
    this.alert.set(null);
    try {
      this.joined.set(await firstValueFrom(this.api.acceptInvitation(this.token)));
      this.state.set('joined');
      takeInvitationToken(null, { forget: true });
    } catch (error) {
      this.alert.set(requestAlert(error));
      this.state.set('ready');
    }
  }

  private async start(hadFragment: boolean): Promise<void> {
    // The token leaves the address bar, so it is not kept in the history or shown over a shoulder.
    if (hadFragment) {
      await this.router.navigate([], { replaceUrl: true });
    }
    if (!this.token) {
      this.state.set('noToken');
      return;
    }

    const profile = await this.session.check().catch(() => null);
    this.state.set(profile ? 'ready' : 'signedOut');
  }
}
