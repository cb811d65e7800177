import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { FormControl } from '@angular/forms';
import type { HsCodeOption } from '@smartgate/shared-models';
import { catchError, debounceTime, distinctUntilChanged, map, of, switchMap, tap } from 'rxjs';

import { CargoReferenceApi } from '../../../../core/api/cargo-reference-api';
import { HsCodeMemory } from './hs-code-memory';

/** Wait after the last keystroke before asking the API, so typing a code sends one request. */
export const HS_SEARCH_DEBOUNCE_MS = 250;

/**
 * The HS code options of one goods line, searched while the officer types a code prefix or
 * words of a description. A failed search offers nothing; the code can still be typed in full.
 */
@Injectable()
export class HsCodeSearch {
  private readonly api = inject(CargoReferenceApi);
  private readonly memory = inject(HsCodeMemory);
  private readonly destroyRef = inject(DestroyRef);
  private readonly found = signal<HsCodeOption[]>([]);

  /** The options for the text typed last. */
  readonly options = this.found.asReadonly();

  /** Searches whenever the control's text changes. */
  watch(control: FormControl<string>): void {
    control.valueChanges
      .pipe(
        map((text) => text.trim()),
        debounceTime(HS_SEARCH_DEBOUNCE_MS),
        distinctUntilChanged(),
        switchMap((text) =>
          text.length < 2
            ? of<HsCodeOption[]>([])
            : this.api.searchHsCodes(text).pipe(catchError(() => of<HsCodeOption[]>([]))),
        ),
        tap((options) => this.memory.remember(options)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((options) => this.found.set(options));
  }
}
