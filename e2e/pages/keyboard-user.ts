import { expect, type Locator, type Page } from '@playwright/test';

/** How many Tab presses a target may be away before it counts as unreachable. */
const MAX_TABS = 80;

/** How many arrow presses it may take to reach an option of a list. */
const MAX_ARROWS = 40;

/**
 * A user who has only a keyboard: every step is a key press through `page.keyboard`, and the
 * checks ask where focus is. Reaching a control with Tab proves it is in the focus order.
 */
export class KeyboardUser {
  constructor(private readonly page: Page) {}

  /** Presses Tab until `target` (or any element it matches) has focus, failing when it never does. */
  async tabTo(target: Locator): Promise<void> {
    for (let presses = 0; presses < MAX_TABS; presses++) {
      if (await this.isFocused(target)) {
        return;
      }
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`${target.toString()} was not reached within ${MAX_TABS} Tab presses`);
  }

  /** Moves to a text box with Tab and types into it. */
  async typeInto(field: Locator, text: string): Promise<void> {
    await this.tabTo(field);
    await this.page.keyboard.type(text);
  }

  /** Moves to a button or link with Tab and presses Enter on it. */
  async activate(control: Locator): Promise<void> {
    await this.tabTo(control);
    await this.page.keyboard.press('Enter');
  }

  /** Opens a select list with Enter, moves to the named option with the arrow keys and picks it. */
  async choose(select: Locator, option: string | RegExp): Promise<void> {
    await this.tabTo(select);
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByRole('listbox')).toBeVisible();

    const targetOption = this.page.getByRole('option', { name: option });
    await this.arrowUntil(
      async () => (await targetOption.getAttribute('class'))?.includes('mat-mdc-option-active') ?? false,
    );
    await this.page.keyboard.press('Enter');
    await expect(select).toContainText(option);
  }

  /**
   * Moves into a radio group with Tab, then to the named radio with the arrow keys, which checks
   * it. Tab lands on the first radio of a group with none checked, so Space checks that one.
   */
  async check(group: Locator, radio: string): Promise<void> {
    await this.tabTo(group.getByRole('radio'));
    const targetRadio = group.getByRole('radio', { name: radio, exact: true });
    await this.arrowUntil(() => this.isFocused(targetRadio));
    if (!(await targetRadio.isChecked())) {
      await this.page.keyboard.press('Space');
    }
    await expect(targetRadio).toBeChecked();
  }

  private async arrowUntil(reached: () => Promise<boolean>): Promise<void> {
    for (let presses = 0; presses < MAX_ARROWS; presses++) {
      if (await reached()) {
        return;
      }
      await this.page.keyboard.press('ArrowDown');
    }
    throw new Error(`The option was not reached within ${MAX_ARROWS} arrow presses`);
  }

  private async isFocused(target: Locator): Promise<boolean> {
    return target.evaluateAll((elements) => elements.some((element) => element === document.activeElement));
  }
}
