import type { DeclarationScreening, ScreeningSummaryList } from '@smartgate/shared-models';
import { QueryTypes, type Sequelize } from 'sequelize';

import { NotFoundError } from '../../lib/errors';
import type { OfficerPrincipal } from '../../lib/principal';
import { recordOfficerAudit } from '../review/audit-log.repository';
import type { OfficerRequest } from '../review/review.service';
import { flagKindsOf, screenDeclarations } from './screening';

/**
 * Keeps the ids of declarations sent to one of the officer's gates, as the review screen shows
 * them: drafts, and drafts withdrawn before submission, stay the applicant's alone.
 */
async function visibleDeclarationIds(
  sequelize: Sequelize,
  officer: OfficerPrincipal,
  ids: string[],
): Promise<string[]> {
  const rows = await sequelize.query<{ id: string }>(
    `SELECT id FROM declarations
      WHERE id = ANY($1::uuid[]) AND gate_code = ANY($2::text[])
        AND (status NOT IN ('draft', 'withdrawn') OR (status = 'withdrawn' AND submitted_at IS NOT NULL))`,
    { bind: [ids, officer.gateCodes], type: QueryTypes.SELECT },
  );
  const visible = new Set(rows.map((row) => row.id));
  return ids.filter((id) => visible.has(id));
}

/** Screening results for officers. Applicants never reach it: its routes live under `/api/officer`. */
export class ScreeningService {
  constructor(private readonly sequelize: Sequelize) {}

  /**
   * Screens one declaration of the officer's gates. The flags name watchlist entries and
   * earlier rejections, so each view is audited; another gate's record gets 404.
   */
  async view({ officer, ip }: OfficerRequest, id: string): Promise<DeclarationScreening> {
    const [visible] = await visibleDeclarationIds(this.sequelize, officer, [id]);
    if (!visible) {
      throw new NotFoundError();
    }

    const screening = (await screenDeclarations(this.sequelize, [id])).get(id)!;
    await recordOfficerAudit({
      officerId: officer.id,
      action: 'declaration.screening.viewed',
      declarationId: id,
      ip,
      details: { flagKinds: flagKindsOf(screening) },
    });
    return screening;
  }

  /**
   * Screens a queue page for its row marks: clean or not, and the kinds of flags. Summaries show
   * no personal data, so they are not audited; ids the officer may not see are left out.
   */
  async summaries({ officer }: OfficerRequest, ids: string[]): Promise<ScreeningSummaryList> {
    const visible = await visibleDeclarationIds(this.sequelize, officer, [...new Set(ids)]);
    const screenings = await screenDeclarations(this.sequelize, visible);

    return {
      items: visible.map((id) => {
        const screening = screenings.get(id)!;
        return { declarationId: id, clean: screening.clean, flagKinds: flagKindsOf(screening) };
      }),
    };
  }
}
