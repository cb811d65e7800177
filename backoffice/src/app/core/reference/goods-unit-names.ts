import { HttpClient } from '@angular/common/http';
import { Injectable, inject, signal } from '@angular/core';
import type { GoodsUnit } from '@smartgate/shared-models';

import { LanguageState } from '../i18n/language-state';

/**
 * Names of the goods units (`kg` is "kilogram", `bag` is "bao"), in the interface language.
 * The list loads on the first name asked for, so screens without goods never request it.
 */
@Injectable({ providedIn: 'root' })
export class GoodsUnitNames {
  private readonly http = inject(HttpClient);
  private readonly language = inject(LanguageState);
  private readonly units = signal<readonly GoodsUnit[]>([]);
  private requested = false;

  /** Returns the unit's name, or its code while the list loads or when the list lacks it. */
  unitName(code: string | null | undefined): string | null {
    if (!code) {
      return null;
    }
    this.load();

    const unit = this.units().find((candidate) => candidate.code === code);
    if (!unit) {
      return code;
    }
    return this.language.current() === 'vi' ? unit.nameVi : unit.nameEn;
  }

  /** Requests the list once. A list that cannot be loaded stays empty, so the table shows codes. */
  private load(): void {
    if (this.requested) {
      return;
    }
    this.requested = true;
    this.http.get<GoodsUnit[]>('/api/reference/units').subscribe({
      next: (units) => this.units.set(units),
      error: () => this.units.set([]),
    });
  }
}
