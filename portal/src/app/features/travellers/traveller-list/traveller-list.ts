import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';
import { MAX_TRAVELLER_PROFILES, todayInTimeZone, type TravellerProfileView } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { localizedName } from '../../../core/api/localized-name';
import { ReferenceDataApi } from '../../../core/api/reference-data-api';
import { TravellerProfilesApi } from '../../../core/api/traveller-profiles-api';
import { errorMessageKey } from '../../../core/errors/error-message';
import { LanguageService } from '../../../core/i18n/language.service';
import { DateOnlyPipe } from '../../../shared/dates/date-only.pipe';
import { TravellerEditorDialog, type TravellerEditorData } from '../traveller-editor/traveller-editor-dialog';
import { DeleteTravellerDialog } from './delete-traveller-dialog';

/**
 * "My travellers": the people an applicant saved to fill declarations quickly. Each can be
 * added, edited and deleted here; the declaration form adds them in a few taps.
 */
@Component({
  selector: 'sg-traveller-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatProgressBarModule, TranslatePipe, DateOnlyPipe],
  templateUrl: './traveller-list.html',
  styleUrl: './traveller-list.scss',
})
export class TravellerList {
  private readonly api = inject(TravellerProfilesApi);
  private readonly dialog = inject(MatDialog);
  private readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);
  private readonly addButton = viewChild.required<string, ElementRef<HTMLButtonElement>>('addButton', {
    read: ElementRef,
  });
  private readonly countries = toSignal(inject(ReferenceDataApi).countries$, { initialValue: [] });

  protected readonly maxProfiles = MAX_TRAVELLER_PROFILES;
  protected readonly today = todayInTimeZone();
  protected readonly profiles = signal<TravellerProfileView[] | null>(null);
  protected readonly errorKey = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly isFull = computed(() => (this.profiles()?.length ?? 0) >= MAX_TRAVELLER_PROFILES);

  constructor() {
    void this.load();
  }

  protected countryName(code: string | undefined): string {
    const country = this.countries().find((candidate) => candidate.code === code);
    return country ? localizedName(country, this.language.current()) : (code ?? '');
  }

  protected async add(): Promise<void> {
    await this.openEditor(null);
  }

  protected async edit(profile: TravellerProfileView): Promise<void> {
    await this.openEditor(profile);
  }

  protected async remove(profile: TravellerProfileView): Promise<void> {
    const confirmation = this.dialog.open<DeleteTravellerDialog, { name: string }, boolean>(
      DeleteTravellerDialog,
      { data: { name: profile.traveller.fullName ?? '' }, maxWidth: '95vw' },
    );
    if (!(await firstValueFrom(confirmation.afterClosed()))) {
      return;
    }

    this.busy.set(true);
    this.errorKey.set(null);
    try {
      await firstValueFrom(this.api.delete(profile.id, profile.version));
    } catch (error) {
      this.errorKey.set(errorMessageKey(error));
    } finally {
      this.busy.set(false);
    }
    await this.load();

    // The deleted traveller's buttons are gone, so focus moves on to the page's main action.
    afterNextRender(() => this.addButton().nativeElement.focus(), {
      injector: this.injector,
    });
  }

  private async openEditor(profile: TravellerProfileView | null): Promise<void> {
    const editor = this.dialog.open<TravellerEditorDialog, TravellerEditorData, TravellerProfileView>(
      TravellerEditorDialog,
      { data: { profile, countries: this.countries() }, maxWidth: '95vw', width: '720px' },
    );
    if (await firstValueFrom(editor.afterClosed())) {
      await this.load();
    }
  }

  private async load(): Promise<void> {
    try {
      this.profiles.set(await firstValueFrom(this.api.list()));
    } catch (error) {
      this.errorKey.set(errorMessageKey(error));
    }
  }
}
