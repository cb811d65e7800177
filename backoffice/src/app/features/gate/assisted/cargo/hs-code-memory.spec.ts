import type { HsCodeOption } from '@smartgate/shared-models';

import { HsCodeMemory } from './hs-code-memory';

/** A tropical log line without a control of its own, under the licence-controlled heading 4403. */
const TROPICAL_LOG: HsCodeOption = {
  code: '44034910',
  level: 8,
  descriptionVi: 'Gỗ nhiệt đới dạng thô',
  descriptionEn: 'Tropical wood in the rough',
  chapter: '44',
  parentCode: '440349',
  control: null,
  effectiveControl: 'licence_required',
  controlSourceCode: '4403',
  selectable: true,
};

describe('HsCodeMemory', () => {
  it('returns the control a code inherits from its heading', () => {
    const memory = new HsCodeMemory();

    memory.remember([TROPICAL_LOG]);

    expect(memory.control('44034910')).toBe('licence_required');
  });

  it('returns null for a code no search returned', () => {
    expect(new HsCodeMemory().control('44034910')).toBeNull();
  });
});
