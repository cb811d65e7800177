import { shortcutAction } from './review-shortcut-keys';

function press(
  key: string,
  target: EventTarget = document.body,
  init: KeyboardEventInit = {},
): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

describe('shortcutAction', () => {
  const cases: [string, string | null][] = [
    ['j', 'next'],
    ['J', 'next'],
    ['n', 'next'],
    ['a', 'approve'],
    ['r', 'reject'],
    ['s', 'sendBack'],
    ['?', 'help'],
    ['x', null],
    ['Enter', null],
  ];
  for (const [key, action] of cases) {
    it(`maps ${key} to ${action}`, () => {
      expect(shortcutAction(press(key))).toBe(action as ReturnType<typeof shortcutAction>);
    });
  }

  it('ignores keys with Ctrl, Alt or Meta', () => {
    expect(shortcutAction(press('a', document.body, { ctrlKey: true }))).toBeNull();
    expect(shortcutAction(press('a', document.body, { altKey: true }))).toBeNull();
    expect(shortcutAction(press('a', document.body, { metaKey: true }))).toBeNull();
  });

  it('ignores a held-down key', () => {
    expect(shortcutAction(press('a', document.body, { repeat: true }))).toBeNull();
  });

  it('ignores typing in form controls', () => {
    const editable = document.createElement('div');
    editable.contentEditable = 'true';
    document.body.append(editable);
    const select = document.createElement('mat-select');
    const inside = document.createElement('span');
    select.append(inside);

    for (const target of [
      document.createElement('input'),
      document.createElement('textarea'),
      document.createElement('select'),
      editable,
      inside,
    ]) {
      expect(shortcutAction(press('a', target)))
        .withContext(target.tagName)
        .toBeNull();
    }
    editable.remove();
  });
});
