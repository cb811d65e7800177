import { InjectionToken, inject } from '@angular/core';
import type { DeclarationView } from '@smartgate/shared-models';
import type { Observable } from 'rxjs';

import { DeclarationsApi } from './declarations-api';

/**
 * The endpoints that store one kind of declaration: a traveller's own crossings, or a business's
 * cargo declarations. The draft autosave and the withdrawal button work through it, so both kinds
 * share them.
 */
export interface DeclarationStore {
  get(id: string): Observable<DeclarationView>;
  create(draft: object): Observable<DeclarationView>;
  /** Replaces a draft's data. `version` is the version last read, so a stale edit gets 409. */
  update(id: string, version: number, draft: object): Observable<DeclarationView>;
  submit(id: string, version: number): Observable<DeclarationView>;
  withdraw(id: string, version: number): Observable<DeclarationView>;
  resultPdfUrl(id: string): string;
}

/** The declaration store of the page; the traveller's own declarations unless a page provides another. */
export const DECLARATION_STORE = new InjectionToken<DeclarationStore>('DeclarationStore', {
  providedIn: 'root',
  factory: () => inject(DeclarationsApi),
});
