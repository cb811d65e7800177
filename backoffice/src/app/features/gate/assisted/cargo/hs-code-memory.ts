import { Injectable, signal } from '@angular/core';
import type { HsCodeOption } from '@smartgate/shared-models';

/**
 * The HS codes that the searches of one filing returned. The documents checklist reads each
 * goods line's control from it, because a licence-controlled code needs a licence.
 */
@Injectable()
export class HsCodeMemory {
  private readonly known = signal<ReadonlyMap<string, HsCodeOption>>(new Map());

  remember(options: readonly HsCodeOption[]): void {
    if (options.length === 0) {
      return;
    }
    this.known.update(
      (known) => new Map([...known, ...options.map((option) => [option.code, option] as const)]),
    );
  }

  /**
   * Returns the effective control of a code the searches returned, which may come from its
   * heading or chapter, or null for an uncontrolled or unknown code.
   */
  control(code: string): string | null {
    return this.known().get(code)?.effectiveControl ?? null;
  }
}
