import { Injectable, signal } from '@angular/core';

/**
 * The queue's search text. It may be a traveller's name, so it stays in memory instead of the URL,
 * and it survives opening a declaration and coming back to the list.
 */
@Injectable({ providedIn: 'root' })
export class QueueSearchState {
  readonly text = signal('');
}
