import { Injectable, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { Country, Gate, TravelPurpose } from '@smartgate/shared-models';
import { type Observable, catchError, of } from 'rxjs';

import { ReferenceDataApi } from '../api/reference-data-api';
import { LanguageState } from '../i18n/language-state';

type NamedEntry = Pick<Gate | TravelPurpose | Country, 'code' | 'nameVi' | 'nameEn'>;

/**
 * Names of gates, purposes and countries in the interface language. The lists load once, on first
 * use. Reading a name inside a `computed` or template updates it when the language changes.
 */
@Injectable({ providedIn: 'root' })
export class ReferenceNames {
  private readonly api = inject(ReferenceDataApi);
  private readonly language = inject(LanguageState);

  private readonly gates = this.loadList(this.api.gates());
  private readonly purposes = this.loadList(this.api.purposes());
  private readonly countries = this.loadList(this.api.countries());

  gateName(code: string | null | undefined): string | null {
    return this.nameOf(this.gates(), code);
  }

  purposeName(code: string | null | undefined): string | null {
    return this.nameOf(this.purposes(), code);
  }

  countryName(code: string | null | undefined): string | null {
    return this.nameOf(this.countries(), code);
  }

  /** Gates as select options, named in the interface language. */
  gateOptions(): { code: string; name: string }[] {
    return this.options(this.gates());
  }

  /** Countries as select options, named in the interface language and sorted by name. */
  countryOptions(): { code: string; name: string }[] {
    const collator = new Intl.Collator(this.language.current());
    return this.options(this.countries()).sort((first, second) => collator.compare(first.name, second.name));
  }

  private options(entries: readonly NamedEntry[]): { code: string; name: string }[] {
    return entries.map((entry) => ({
      code: entry.code,
      name: this.nameOf(entries, entry.code) ?? entry.code,
    }));
  }

  /** Returns the code itself when the list lacks it, so a declaration stays readable. */
  private nameOf(entries: readonly NamedEntry[], code: string | null | undefined): string | null {
    if (!code) {
      return null;
    }

    const entry = entries.find((candidate) => candidate.code === code);
    if (!entry) {
      return code;
    }

    return this.language.current() === 'vi' ? entry.nameVi : entry.nameEn;
  }

  /** A list that cannot be loaded stays empty, so screens show codes in place of names. */
  private loadList<T extends NamedEntry>(request: Observable<T[]>) {
    return toSignal(request.pipe(catchError(() => of([] as T[]))), { initialValue: [] as T[] });
  }
}
