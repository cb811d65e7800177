import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import type { BusinessView } from '@smartgate/shared-models';

/** The company's name and the links between its pages: details, staff, vehicles, drivers, partners and cargo. */
@Component({
  selector: 'sg-business-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, RouterLink, RouterLinkActive, TranslatePipe],
  template: `
    <p class="company">
      <strong>{{ business().name }}</strong>
      <span>{{ 'fields.taxCode' | translate }}: {{ business().taxCode }}</span>
    </p>
    <nav class="business-nav" [attr.aria-label]="'business.navigation' | translate">
      @for (link of links; track link.path) {
        <a
          mat-button
          [routerLink]="['/business', business().id].concat(link.path ? [link.path] : [])"
          routerLinkActive="active"
          [routerLinkActiveOptions]="{ exact: true }"
          ariaCurrentWhenActive="page"
        >
          {{ link.label | translate }}
        </a>
      }
    </nav>
  `,
  styles: `
    .company {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      margin: 0 0 4px;
    }

    .business-nav {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      margin-bottom: 16px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }

    .active {
      text-decoration: underline;
    }
  `,
})
export class BusinessNav {
  readonly business = input.required<BusinessView>();

  protected readonly links = [
    { path: '', label: 'business.nav.company' },
    { path: 'staff', label: 'business.nav.staff' },
    { path: 'vehicles', label: 'business.nav.vehicles' },
    { path: 'drivers', label: 'business.nav.drivers' },
    { path: 'partners', label: 'business.nav.partners' },
    { path: 'cargo', label: 'business.nav.cargo' },
  ] as const;
}
