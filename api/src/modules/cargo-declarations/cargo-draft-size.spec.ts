import {
  MAX_GOODS_DESCRIPTION_LENGTH,
  MAX_GOODS_LINES,
  type DeclarationView,
} from '@smartgate/shared-models';

import { cargoMember } from '../cargo-attachments/cargo-attachment.fixtures';
import { cargoUrl, createdCargoDraft, npkExport, npkLine } from './cargo-declaration.fixtures';

describe('the largest cargo draft', () => {
  it('saves 200 long goods lines', async () => {
    const member = await cargoMember('en');
    const draft = await createdCargoDraft(member);
    const description = 'Phân bón hữu cơ vi sinh đóng bao '.repeat(20).slice(0, MAX_GOODS_DESCRIPTION_LENGTH);
    const goodsLines = Array.from({ length: MAX_GOODS_LINES }, () => npkLine({ description }));
    const data = npkExport({ goodsLines });

    const response = await member.client.put(cargoUrl(member, draft.id), { version: draft.version, data });

    expect(response.status).toBe(200);
    expect((response.body as DeclarationView).cargo?.goodsLines.length).toBe(MAX_GOODS_LINES);
  });
});
