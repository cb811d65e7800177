import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { BusinessInvitationView, BusinessMemberView } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { BusinessesApi } from '../../../core/api/businesses-api';
import { ApplicantSession } from '../../../core/auth/applicant-session';
import { TimestampPipe } from '../../../shared/dates/timestamp.pipe';
import { BusinessNav } from '../shared/business-nav';
import { confirmStep } from '../shared/confirm';
import { CurrentBusiness } from '../shared/current-business';
import { requestAlert, type RequestAlert } from '../shared/request-alert';
import { RequestAlertView } from '../shared/request-alert-view';
import { InviteForm } from './invite-form';

/**
 * The company's staff. Every member can list who files for the company and may leave. An
 * administrator also invites people by e-mail, withdraws open invitations and removes members.
 */
@Component({
  selector: 'sg-staff-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    TranslatePipe,
    TimestampPipe,
    BusinessNav,
    RequestAlertView,
    InviteForm,
  ],
  providers: [CurrentBusiness],
  templateUrl: './staff-page.html',
  styleUrl: '../shared/business-page.scss',
})
export class StaffPage {
  private readonly api = inject(BusinessesApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly session = inject(ApplicantSession);

  protected readonly current = inject(CurrentBusiness);
  protected readonly myId = computed(() => this.session.profile()?.id ?? null);
  protected readonly members = signal<BusinessMemberView[] | null>(null);
  protected readonly invitations = signal<BusinessInvitationView[]>([]);
  protected readonly alert = signal<RequestAlert | null>(null);
  protected readonly busy = signal(false);

  constructor() {
    effect(() => {
      if (this.current.business()) {
        void this.load();
      }
    });
  }

  protected async remove(member: BusinessMemberView): Promise<void> {
    const leaving = member.applicantId === this.myId();
    const confirmed = await confirmStep(this.dialog, {
      title: leaving ? 'business.staff.leaveTitle' : 'business.staff.removeTitle',
      text: leaving ? 'business.staff.leaveText' : 'business.staff.removeText',
      confirm: leaving ? 'business.staff.leave' : 'business.staff.remove',
      params: { name: member.fullName, company: this.current.business()?.name ?? '' },
    });
    if (!confirmed) {
      return;
    }

    // A member who left can no longer read the lists, so the page goes to their companies instead.
    const removed = await this.run(
      () => this.api.removeMember(this.current.id(), member.applicantId),
      !leaving,
    );
    if (removed && leaving) {
      await this.router.navigateByUrl('/business');
    }
  }

  protected async revoke(invitation: BusinessInvitationView): Promise<void> {
    const confirmed = await confirmStep(this.dialog, {
      title: 'business.staff.revokeTitle',
      text: 'business.staff.revokeText',
      confirm: 'business.staff.revoke',
      params: { email: invitation.email },
    });
    if (confirmed) {
      await this.run(() => this.api.revokeInvitation(this.current.id(), invitation.id));
    }
  }

  protected async load(): Promise<void> {
    try {
      this.members.set(await firstValueFrom(this.api.members(this.current.id())));
      this.invitations.set(
        this.current.isAdministrator() ? await firstValueFrom(this.api.invitations(this.current.id())) : [],
      );
    } catch (error) {
      this.alert.set(requestAlert(error));
    }
  }

  /**
   * Runs a change and reports its failure. The lists are reloaded afterwards, unless the change
   * succeeded and `reload` is false. Resolves to true when the change succeeded.
   */
  private async run(
    change: () => ReturnType<BusinessesApi['removeMember']>,
    reload = true,
  ): Promise<boolean> {
    this.busy.set(true);
    this.alert.set(null);
    let succeeded = false;
    try {
      await firstValueFrom(change());
      succeeded = true;
    } catch (error) {
      this.alert.set(requestAlert(error));
    } finally {
      this.busy.set(false);
    }

    if (reload || !succeeded) {
      await this.load();
    }
    return succeeded;
  }
}
