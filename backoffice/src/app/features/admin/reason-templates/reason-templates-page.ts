import {
  ChangeDetectionStrategy,
  Component,
  ErrorHandler,
  type OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { REASON_KINDS, type ReasonKind, type ReasonTemplate } from '@smartgate/shared-models';
import { firstValueFrom } from 'rxjs';

import { ReasonTemplatesApi } from '../../../core/api/reason-templates-api';
import { isProblemOfType } from '../../../core/errors/problem';
import {
  ReasonTemplateDialog,
  type ReasonTemplateDialogData,
  type ReasonTemplateForm,
} from './reason-template-dialog';

const SNACK_BAR_DURATION_MS = 5000;

/**
 * The administrators' reason templates, one list per kind in the order the decision dialogs
 * show them: add, edit, deactivate or activate again, and move up or down.
 */
@Component({
  selector: 'sg-reason-templates-page',
  imports: [MatButtonModule, MatProgressBarModule, MatTableModule, TranslatePipe],
  templateUrl: './reason-templates-page.html',
  styleUrl: './reason-templates-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReasonTemplatesPage implements OnInit {
  private readonly api = inject(ReasonTemplatesApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly translate = inject(TranslateService);
  private readonly errorHandler = inject(ErrorHandler);

  protected readonly kinds = REASON_KINDS;
  protected readonly columns = ['order', 'textVi', 'textEn', 'status', 'actions'];
  protected readonly templates = signal<ReasonTemplate[]>([]);
  protected readonly loading = signal(true);
  protected readonly loadFailed = signal(false);
  protected readonly working = signal(false);
  /** Whether the last change was refused because another administrator changed the list first. */
  protected readonly conflict = signal(false);
  protected readonly byKind = computed(() => {
    const all = this.templates();
    return Object.fromEntries(
      REASON_KINDS.map((kind) => [kind, all.filter((template) => template.reasonKind === kind)]),
    ) as Record<ReasonKind, ReasonTemplate[]>;
  });

  ngOnInit(): void {
    void this.loadTemplates();
  }

  protected async loadTemplates(): Promise<void> {
    this.loading.set(true);
    this.loadFailed.set(false);
    try {
      this.templates.set(await firstValueFrom(this.api.all()));
    } catch (error) {
      this.loadFailed.set(true);
      this.errorHandler.handleError(error);
    } finally {
      this.loading.set(false);
    }
  }

  protected async addTemplate(reasonKind: ReasonKind): Promise<void> {
    const form = await this.openDialog({ reasonKind });
    if (form) {
      await this.save(() => this.api.create({ reasonKind, textVi: form.textVi, textEn: form.textEn }));
    }
  }

  protected async editTemplate(template: ReasonTemplate): Promise<void> {
    const form = await this.openDialog({ reasonKind: template.reasonKind, template });
    if (form) {
      await this.save(() => this.api.update(template.id, { version: template.version, ...form }));
    }
  }

  /** Deactivates an active template, or offers an inactive one again, keeping its texts. */
  protected toggleActive(template: ReasonTemplate): Promise<void> {
    const { id, version, textVi, textEn, active } = template;
    return this.save(() => this.api.update(id, { version, textVi, textEn, active: !active }));
  }

  /** Moves a template one place up (-1) or down (+1) within its kind. */
  protected async move(template: ReasonTemplate, offset: -1 | 1): Promise<void> {
    const templates = this.byKind()[template.reasonKind].map(({ id, version }) => ({ id, version }));
    const from = templates.findIndex((entry) => entry.id === template.id);
    const to = from + offset;
    if (to < 0 || to >= templates.length) {
      return;
    }

    [templates[from], templates[to]] = [templates[to], templates[from]];
    await this.run(async () => {
      this.templates.set(
        await firstValueFrom(this.api.reorder({ reasonKind: template.reasonKind, templates })),
      );
    });
  }

  private async openDialog(data: ReasonTemplateDialogData): Promise<ReasonTemplateForm | undefined> {
    const dialogRef = this.dialog.open<ReasonTemplateDialog, ReasonTemplateDialogData, ReasonTemplateForm>(
      ReasonTemplateDialog,
      { width: '640px', maxWidth: '95vw', data },
    );
    return firstValueFrom(dialogRef.afterClosed());
  }

  private save(send: () => ReturnType<ReasonTemplatesApi['create']>): Promise<void> {
    return this.run(async () => {
      const saved = await firstValueFrom(send());
      const exists = this.templates().some((template) => template.id === saved.id);
      this.templates.update((templates) =>
        exists
          ? templates.map((template) => (template.id === saved.id ? saved : template))
          : [...templates, saved],
      );
      this.snackBar.open(
        this.translate.instant('admin.reasonTemplates.saved'),
        this.translate.instant('common.close'),
        {
          duration: SNACK_BAR_DURATION_MS,
        },
      );
    });
  }

  /**
   * Runs one change at a time. A version conflict means another administrator changed the list
   * first, so the page shows a conflict alert. After any failure the list is reloaded.
   */
  private async run(change: () => Promise<void>): Promise<void> {
    this.working.set(true);
    this.conflict.set(false);
    try {
      await change();
    } catch (error) {
      if (isProblemOfType(error, 'version-conflict')) {
        this.conflict.set(true);
      } else {
        this.errorHandler.handleError(error);
      }
      await this.loadTemplates();
    } finally {
      this.working.set(false);
    }
  }
}
