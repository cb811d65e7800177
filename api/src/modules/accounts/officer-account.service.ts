import type { OfficerProfile } from '@smartgate/shared-models';
import type { Sequelize } from 'sequelize';

import { ValidationError } from '../../lib/errors';
import type { OfficerPrincipal } from '../../lib/principal';
import { recordSecurityAudit } from '../audit/security-audit';
import { endOfficerSessions } from '../officers/officer-sessions.repository';
import { OfficerModel } from './accounts.models';
import { storeTotpSecret } from './officer-credentials.repository';
import { hashPassword } from './password-hashing';
import { loadOfficerPrincipal, toOfficerProfile } from './principals';
import { matchTotpStep } from './totp';

/** The session and client of a request, so that a change can keep the current session and end the others. */
export interface CurrentSession {
  sessionId: string;
  ip: string | undefined;
}

/** An officer's changes of their own credentials. The caller has checked the current password. */
export class OfficerAccountService {
  constructor(private readonly sequelize: Sequelize) {}

  /**
   * Stores a new password, clears the request of an administrator to change it, and ends the
   * officer's other sessions, which were opened with the old password.
   */
  async changePassword(
    officer: OfficerPrincipal,
    newPassword: string,
    session: CurrentSession,
  ): Promise<OfficerProfile> {
    const passwordHash = await hashPassword(newPassword);

    await this.sequelize.transaction(async (transaction) => {
      await OfficerModel.update(
        { passwordHash, passwordChangeRequired: false },
        { where: { id: officer.id }, transaction },
      );
      await endOfficerSessions(this.sequelize, officer.id, { keepSessionId: session.sessionId }, transaction);
      await recordSecurityAudit(
        { action: 'officer.password.changed', actorId: officer.id, ip: session.ip },
        transaction,
      );
    });
    return this.profile(officer.id);
  }

  /**
   * Replaces the authenticator secret once a code of the new secret proves that the app has it.
   * The officer's other sessions end. A wrong code is a field error and does not count toward the
   * lock, because the officer has already confirmed the password.
   */
  async replaceTotp(
    officer: OfficerPrincipal,
    change: { secret: string; encryptedSecret: string; code: string },
    session: CurrentSession,
  ): Promise<OfficerProfile> {
    const step = matchTotpStep(change.secret, change.code);
    if (step === null) {
      throw new ValidationError([{ path: ['code'], code: 'totpCodeWrong' }]);
    }

    await this.sequelize.transaction(async (transaction) => {
      const stored = {
        officerId: officer.id,
        encryptedSecret: change.encryptedSecret,
        step,
        firstTime: false,
      };
      await storeTotpSecret(this.sequelize, stored, transaction);
      await endOfficerSessions(this.sequelize, officer.id, { keepSessionId: session.sessionId }, transaction);
      await recordSecurityAudit(
        { action: 'officer.totp.changed', actorId: officer.id, ip: session.ip },
        transaction,
      );
    });
    return this.profile(officer.id);
  }

  private async profile(officerId: string): Promise<OfficerProfile> {
    const officer = await OfficerModel.findByPk(officerId, { rejectOnEmpty: true });
    return toOfficerProfile(await loadOfficerPrincipal(officer));
  }
}
