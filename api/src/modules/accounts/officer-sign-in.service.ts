import type { Sequelize } from 'sequelize';

import type { OfficerSecuritySettings } from '../../lib/config';
import { AccountLockedError, InvalidCredentialsError } from '../../lib/errors';
import { recordSecurityAudit } from '../audit/security-audit';
import { OfficerModel } from './accounts.models';
import {
  claimTotpStep,
  recordFailedSignIn,
  recordSuccessfulSignIn,
  storeTotpSecret,
} from './officer-credentials.repository';
import type { PendingSignIn } from './officer-session-data';
import { verifyPassword } from './password-hashing';
import { matchTotpStep } from './totp';
import { decryptTotpSecret } from './totp-secret-cipher';

/** Reason of a failed sign-in attempt, as recorded in the audit log. */
type FailureReason = 'unknown-username' | 'disabled' | 'locked' | 'password' | 'totp' | 'totp-replay';

/** Checks officers' passwords and TOTP codes, counts failures, locks accounts and audits each attempt. */
export class OfficerSignInService {
  constructor(
    private readonly sequelize: Sequelize,
    private readonly settings: OfficerSecuritySettings,
  ) {}

  /**
   * Checks a username and password. A locked account is refused before its password is
   * checked, so guessing cannot go on during the lock. A disabled account is rejected like a
   * wrong password. Returns the officer when the password is right.
   */
  async checkPassword(username: string, password: string, ip: string | undefined): Promise<OfficerModel> {
    const officer = await OfficerModel.findOne({ where: { username } });
    if (officer && this.isLocked(officer)) {
      await this.auditFailure(officer.id, ip, 'locked');
      throw new AccountLockedError(this.lockoutMinutes());
    }

    const valid = await verifyPassword(officer?.passwordHash, password);
    if (!officer) {
      await this.auditFailure(null, ip, 'unknown-username', { username });
      throw new InvalidCredentialsError();
    }
    if (!valid) {
      await this.countFailure(officer.id, ip, 'password');
      throw new InvalidCredentialsError();
    }
    if (!officer.active) {
      await this.auditFailure(officer.id, ip, 'disabled');
      throw new InvalidCredentialsError();
    }
    return officer;
  }

  /**
   * Checks the code of a sign-in's TOTP step against the officer's secret, or against the new
   * secret of a first setup, which it then stores. Returns the officer, ready to be signed in.
   */
  async checkCode(pending: PendingSignIn, code: string, ip: string | undefined): Promise<OfficerModel> {
    const officer = await OfficerModel.findByPk(pending.officerId);
    if (!officer || !officer.active) {
      await this.auditFailure(pending.officerId, ip, 'disabled');
      throw new InvalidCredentialsError();
    }
    if (this.isLocked(officer)) {
      await this.auditFailure(officer.id, ip, 'locked');
      throw new AccountLockedError(this.lockoutMinutes());
    }

    const setup = pending.stage === 'totp-setup';
    const encrypted = setup ? pending.encryptedSecret : officer.totpSecretEncrypted;
    if (!encrypted) {
      // The secret was reset or set up elsewhere since the password step.
      throw new InvalidCredentialsError('signInRestart');
    }
    const step = matchTotpStep(
      decryptTotpSecret(encrypted, officer.id, this.settings.totpEncryptionKey),
      code,
    );
    if (step === null) {
      await this.countFailure(officer.id, ip, 'totp');
      throw new InvalidCredentialsError('totpCodeWrong');
    }

    await this.useStep(officer.id, step, setup ? encrypted : null, ip);
    return officer;
  }

  /** Checks an already signed-in officer's password before a change of password or TOTP; failures count. */
  async confirmPassword(officerId: string, password: string, ip: string | undefined): Promise<boolean> {
    const officer = await OfficerModel.findByPk(officerId);
    if (officer && (await verifyPassword(officer.passwordHash, password))) {
      return true;
    }
    await this.countFailure(officerId, ip, 'password');
    return false;
  }

  /** Clears the failure count and audits the successful sign-in. */
  async recordSuccess(officerId: string, ip: string | undefined): Promise<void> {
    await this.sequelize.transaction(async (transaction) => {
      await recordSuccessfulSignIn(this.sequelize, officerId, transaction);
      await recordSecurityAudit({ action: 'officer.sign-in.succeeded', actorId: officerId, ip }, transaction);
    });
  }

  /** Tells whether the account is locked now. */
  isLocked(officer: Pick<OfficerModel, 'lockedUntil'>): boolean {
    return (
      officer.lockedUntil !== null &&
      officer.lockedUntil !== undefined &&
      officer.lockedUntil.getTime() > Date.now()
    );
  }

  private lockoutMinutes(): number {
    return Math.ceil(this.settings.lockoutDurationMs / 60_000);
  }

  /**
   * Marks the code's time step as used, and stores a first-time secret in the same transaction.
   * A step used before means a replayed code, which counts as a failure.
   */
  private async useStep(
    officerId: string,
    step: number,
    newSecret: string | null,
    ip: string | undefined,
  ): Promise<void> {
    const accepted = await this.sequelize.transaction(async (transaction) => {
      if (newSecret) {
        const stored = await storeTotpSecret(
          this.sequelize,
          { officerId, encryptedSecret: newSecret, step, firstTime: true },
          transaction,
        );
        if (stored) {
          await recordSecurityAudit({ action: 'officer.totp.enrolled', actorId: officerId, ip }, transaction);
        }
        return stored;
      }
      return claimTotpStep(this.sequelize, officerId, step, transaction);
    });

    if (!accepted && newSecret) {
      throw new InvalidCredentialsError('signInRestart');
    }
    if (!accepted) {
      await this.countFailure(officerId, ip, 'totp-replay');
      throw new InvalidCredentialsError('totpCodeReused');
    }
  }

  /** Counts a failure, audits it, and throws 423 when it locked the account. */
  private async countFailure(
    officerId: string,
    ip: string | undefined,
    reason: FailureReason,
  ): Promise<void> {
    const lockedUntil = await recordFailedSignIn(this.sequelize, officerId, this.settings.lockoutDurationMs);
    await this.auditFailure(officerId, ip, reason);
    if (lockedUntil) {
      await recordSecurityAudit({
        action: 'officer.locked',
        actorId: officerId,
        ip,
        details: { lockedUntil: lockedUntil.toISOString() },
      });
      throw new AccountLockedError(this.lockoutMinutes());
    }
  }

  private async auditFailure(
    officerId: string | null,
    ip: string | undefined,
    reason: FailureReason,
    extra: Record<string, unknown> = {},
  ): Promise<void> {
    await recordSecurityAudit({
      action: 'officer.sign-in.failed',
      actorId: officerId,
      ip,
      details: { reason, ...extra },
    });
  }
}
