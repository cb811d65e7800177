import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

/** Shown for a URL that matches no page. */
@Component({
  selector: 'sg-not-found',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe],
  template: `
    <h1>{{ 'notFound.heading' | translate }}</h1>
    <p>{{ 'notFound.text' | translate }}</p>
    <a routerLink="/">{{ 'notFound.home' | translate }}</a>
  `,
})
export class NotFound {}
