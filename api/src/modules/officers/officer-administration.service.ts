import type {
  OfficerAccount,
  OfficerCreation,
  OfficerSession,
  OfficerUpdate,
  OfficerWithInitialPassword,
} from '@smartgate/shared-models';
import { UniqueConstraintError, type Sequelize, type Transaction } from 'sequelize';

import type { OfficerSecuritySettings } from '../../lib/config';
import { ForbiddenError, NotFoundError, UsernameTakenError, ValidationError } from '../../lib/errors';
import type { OfficerPrincipal } from '../../lib/principal';
import { OfficerModel } from '../accounts/accounts.models';
import {
  gateCodesByOfficer,
  replaceOfficerGates,
  unknownGateCodes,
} from '../accounts/officer-gates.repository';
import { hashPassword } from '../accounts/password-hashing';
import { recordSecurityAudit, type SecurityAuditAction } from '../audit/security-audit';
import { createInitialPassword } from './initial-password';
import { findOfficerAccount, listOfficerAccounts } from './officer-accounts.repository';
import {
  endOfficerSessionByHandle,
  endOfficerSessions,
  listActiveOfficerSessions,
} from './officer-sessions.repository';

/** The administrator of a request and their client address, for the audit trail. */
export interface AdministratorRequest {
  administrator: OfficerPrincipal;
  ip: string | undefined;
}

/**
 * Administrators' management of officers. Every change is audited with the administrator as
 * actor and the officer in `details.officerId`. Changes that take access away (disabling,
 * resetting a password or TOTP) end the officer's sessions in the same transaction.
 */
export class OfficerAdministrationService {
  constructor(
    private readonly sequelize: Sequelize,
    private readonly settings: OfficerSecuritySettings,
  ) {}

  list(): Promise<OfficerAccount[]> {
    return listOfficerAccounts(this.sequelize);
  }

  /** Creates an officer with a generated password, which they must change at their first sign-in. */
  async create(
    request: AdministratorRequest,
    creation: OfficerCreation,
  ): Promise<OfficerWithInitialPassword> {
    await this.checkGates(creation.gateCodes);
    if (await OfficerModel.count({ where: { username: creation.username } })) {
      throw new UsernameTakenError();
    }
    const initialPassword = createInitialPassword();
    const passwordHash = await hashPassword(initialPassword);

    const officerId = await this.inTransaction(async (transaction) => {
      const officer = await OfficerModel.create(
        {
          username: creation.username,
          fullName: creation.fullName,
          role: creation.role,
          passwordHash,
          passwordChangeRequired: true,
        },
        { transaction },
      );
      await replaceOfficerGates(this.sequelize, officer.id, creation.gateCodes, transaction);
      await this.audit(request, 'officer.created', officer.id, transaction, {
        username: creation.username,
        role: creation.role,
        gateCodes: creation.gateCodes,
      });
      return officer.id;
    });
    return { officer: await this.account(officerId), initialPassword };
  }

  /** Changes an officer's name, role or gates. An administrator cannot change their own role. */
  async update(
    request: AdministratorRequest,
    officerId: string,
    update: OfficerUpdate,
  ): Promise<OfficerAccount> {
    const officer = await this.officer(officerId);
    if (update.role !== undefined && update.role !== officer.role) {
      this.forbidOwnAccount(request, officerId);
    }
    if (update.gateCodes) {
      await this.checkGates(update.gateCodes);
    }
    const before = (await gateCodesByOfficer(this.sequelize, [officerId])).get(officerId) ?? [];

    await this.sequelize.transaction(async (transaction) => {
      await OfficerModel.update(
        { fullName: update.fullName ?? officer.fullName, role: update.role ?? officer.role },
        { where: { id: officerId }, transaction },
      );
      if (update.gateCodes) {
        await replaceOfficerGates(this.sequelize, officerId, update.gateCodes, transaction);
      }
      await this.audit(request, 'officer.updated', officerId, transaction, {
        fullNameChanged: update.fullName !== undefined && update.fullName !== officer.fullName,
        role: { from: officer.role, to: update.role ?? officer.role },
        gateCodes: { from: before, to: update.gateCodes ?? before },
      });
    });
    return this.account(officerId);
  }

  /** Disables an officer and ends their sessions at once, or enables them again. */
  async setActive(
    request: AdministratorRequest,
    officerId: string,
    active: boolean,
  ): Promise<OfficerAccount> {
    this.forbidOwnAccount(request, officerId);
    await this.officer(officerId);

    await this.sequelize.transaction(async (transaction) => {
      await OfficerModel.update({ active }, { where: { id: officerId }, transaction });
      const endedSessions = active ? 0 : await endOfficerSessions(this.sequelize, officerId, {}, transaction);
      const action = active ? 'officer.enabled' : 'officer.disabled';
      await this.audit(request, action, officerId, transaction, active ? {} : { endedSessions });
    });
    return this.account(officerId);
  }

  /**
   * Sets a new generated password, which the officer must change at the next sign-in. It also
   * lifts a lock, and ends the officer's sessions.
   */
  async resetPassword(request: AdministratorRequest, officerId: string): Promise<OfficerWithInitialPassword> {
    this.forbidOwnAccount(request, officerId);
    await this.officer(officerId);
    const initialPassword = createInitialPassword();
    const passwordHash = await hashPassword(initialPassword);

    await this.sequelize.transaction(async (transaction) => {
      await OfficerModel.update(
        { passwordHash, passwordChangeRequired: true, failedSignInCount: 0, lockedUntil: null },
        { where: { id: officerId }, transaction },
      );
      const endedSessions = await endOfficerSessions(this.sequelize, officerId, {}, transaction);
      await this.audit(request, 'officer.password.reset', officerId, transaction, { endedSessions });
    });
    return { officer: await this.account(officerId), initialPassword };
  }

  /** Removes an officer's authenticator secret, so the next sign-in sets up a new one, and ends their sessions. */
  async resetTotp(request: AdministratorRequest, officerId: string): Promise<OfficerAccount> {
    this.forbidOwnAccount(request, officerId);
    await this.officer(officerId);

    await this.sequelize.transaction(async (transaction) => {
      await OfficerModel.update(
        { totpSecretEncrypted: null, totpEnrolledAt: null, totpLastUsedStep: null },
        { where: { id: officerId }, transaction },
      );
      const endedSessions = await endOfficerSessions(this.sequelize, officerId, {}, transaction);
      await this.audit(request, 'officer.totp.reset', officerId, transaction, { endedSessions });
    });
    return this.account(officerId);
  }

  /** Lifts a lock after failed sign-ins before it runs out. */
  async unlock(request: AdministratorRequest, officerId: string): Promise<OfficerAccount> {
    await this.officer(officerId);

    await this.sequelize.transaction(async (transaction) => {
      await OfficerModel.update(
        { failedSignInCount: 0, lockedUntil: null },
        { where: { id: officerId }, transaction },
      );
      await this.audit(request, 'officer.unlocked', officerId, transaction);
    });
    return this.account(officerId);
  }

  sessions(): Promise<OfficerSession[]> {
    return listActiveOfficerSessions(this.sequelize, this.settings);
  }

  /** Ends one officer session, named by the handle the session list shows. */
  async endSession(request: AdministratorRequest, handle: string): Promise<void> {
    const officerId = await endOfficerSessionByHandle(this.sequelize, handle);
    if (!officerId) {
      throw new NotFoundError();
    }
    await this.audit(request, 'officer.session.ended', officerId);
  }

  private async officer(officerId: string): Promise<OfficerModel> {
    const officer = await OfficerModel.findByPk(officerId);
    if (!officer) {
      throw new NotFoundError();
    }
    return officer;
  }

  private async account(officerId: string): Promise<OfficerAccount> {
    return (await findOfficerAccount(this.sequelize, officerId)) as OfficerAccount;
  }

  /** Rejects changes of an administrator's own access, which would need no second person. */
  private forbidOwnAccount(request: AdministratorRequest, officerId: string): void {
    if (request.administrator.id === officerId) {
      throw new ForbiddenError('ownAccountChange');
    }
  }

  private async checkGates(gateCodes: readonly string[]): Promise<void> {
    if ((await unknownGateCodes(this.sequelize, gateCodes)).length > 0) {
      throw new ValidationError([{ path: ['gateCodes'], code: 'unknownGate' }]);
    }
  }

  /** Runs a creation; two administrators creating one username at once meet at the unique index. */
  private async inTransaction<T>(work: (transaction: Transaction) => Promise<T>): Promise<T> {
    try {
      return await this.sequelize.transaction(work);
    } catch (error) {
      if (error instanceof UniqueConstraintError) {
        throw new UsernameTakenError();
      }
      throw error;
    }
  }

  private async audit(
    request: AdministratorRequest,
    action: SecurityAuditAction,
    officerId: string,
    transaction?: Transaction,
    details: Record<string, unknown> = {},
  ): Promise<void> {
    await recordSecurityAudit(
      { action, actorId: request.administrator.id, ip: request.ip, details: { officerId, ...details } },
      transaction,
    );
  }
}
