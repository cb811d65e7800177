import type { HsCodeAdminQuery, HsCodeControlUpdate, HsCodeOption } from '@smartgate/shared-models';
import type { Sequelize } from 'sequelize';

import { NotFoundError, VersionConflictError } from '../../lib/errors';
import type { OfficerPrincipal } from '../../lib/principal';
import { recordOfficerAudit } from '../review/audit-log.repository';
import { searchHsCodes } from './goods-reference.repository';
import { listControlledHsCodes, lockHsCode, updateHsCodeControl } from './hs-codes-admin.repository';

/** The administrator who changes a control, and from where, for the audit log. */
export interface HsCodeAdministrator {
  officer: OfficerPrincipal;
  ip: string | undefined;
}

/**
 * The administrator's side of the HS code list: the control of a code (prohibited, licence
 * required or none). The routes check the role before calling it. Submission checks, the goods
 * import, the attachment rules and the screening read the control of a goods line's own code.
 */
export class HsCodesAdminService {
  constructor(private readonly sequelize: Sequelize) {}

  /** Lists every controlled code, or the codes that match a search as the public search does. */
  list({ q, controlled }: HsCodeAdminQuery): Promise<HsCodeOption[]> {
    return controlled === 'true' ? listControlledHsCodes(this.sequelize) : searchHsCodes(this.sequelize, q);
  }

  /**
   * Sets the control of a code when it still has the control the administrator saw (409
   * otherwise), and records the change in the audit log. Setting the same control changes nothing.
   */
  async updateControl(
    administrator: HsCodeAdministrator,
    code: string,
    { hsControl, expectedHsControl }: HsCodeControlUpdate,
  ): Promise<HsCodeOption> {
    return this.sequelize.transaction(async (transaction) => {
      const row = await lockHsCode(this.sequelize, code, transaction);
      if (!row) {
        throw new NotFoundError();
      }
      if (row.control !== expectedHsControl) {
        throw new VersionConflictError();
      }
      if (row.control === hsControl) {
        return row;
      }

      const updated = await updateHsCodeControl(this.sequelize, code, hsControl, transaction);

      await recordOfficerAudit(
        {
          officerId: administrator.officer.id,
          action: 'reference.hs_code.control_changed',
          ip: administrator.ip,
          details: { code, before: row.control, after: updated.control },
        },
        transaction,
      );
      return updated;
    });
  }
}
