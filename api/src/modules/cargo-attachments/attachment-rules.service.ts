import { randomUUID } from 'node:crypto';

import type { AttachmentRule, AttachmentRuleInput, AttachmentRuleUpdate } from '@smartgate/shared-models';
import type { Sequelize } from 'sequelize';

import { NotFoundError, VersionConflictError } from '../../lib/errors';
import type { OfficerPrincipal } from '../../lib/principal';
import { recordOfficerAudit } from '../review/audit-log.repository';
import {
  insertAttachmentRule,
  listAttachmentRules,
  lockAttachmentRule,
  toAttachmentRule,
  updateAttachmentRule,
} from './attachment-rules.repository';

/** The administrator who changes a rule, and from where, for the audit log. */
export interface RuleAdministrator {
  officer: OfficerPrincipal;
  ip: string | undefined;
}

/** Drops a rule's id and version, keeping the fields that the audit log records. */
function ruleValues({ id: _id, version: _version, ...fields }: AttachmentRule) {
  return fields;
}

/**
 * The administrator's side of attachment rules. The routes check the role before calling it.
 * A rule is never deleted, only deactivated, so the audit log keeps every state it had.
 */
export class AttachmentRulesService {
  constructor(private readonly sequelize: Sequelize) {}

  list(): Promise<AttachmentRule[]> {
    return listAttachmentRules({ activeOnly: false });
  }

  /** Adds a rule and records it in the audit log. The next submission check applies it. */
  async create(administrator: RuleAdministrator, input: AttachmentRuleInput): Promise<AttachmentRule> {
    return this.sequelize.transaction(async (transaction) => {
      const rule = toAttachmentRule(await insertAttachmentRule(randomUUID(), input, transaction));

      await recordOfficerAudit(
        {
          officerId: administrator.officer.id,
          action: 'reference.attachment_rule.created',
          ip: administrator.ip,
          details: { ruleId: rule.id, after: ruleValues(rule) },
        },
        transaction,
      );
      return rule;
    });
  }

  /**
   * Replaces a rule's fields when the administrator edited its current version (409 otherwise)
   * and records the rule before and after in the audit log.
   */
  async update(
    administrator: RuleAdministrator,
    id: string,
    { version, ...input }: AttachmentRuleUpdate,
  ): Promise<AttachmentRule> {
    return this.sequelize.transaction(async (transaction) => {
      const row = await lockAttachmentRule(id, transaction);
      if (!row) {
        throw new NotFoundError();
      }
      if (row.version !== version) {
        throw new VersionConflictError();
      }

      const before = ruleValues(toAttachmentRule(row));
      const after = toAttachmentRule(await updateAttachmentRule(row, input, transaction));

      await recordOfficerAudit(
        {
          officerId: administrator.officer.id,
          action: 'reference.attachment_rule.updated',
          ip: administrator.ip,
          details: { ruleId: id, before, after: ruleValues(after) },
        },
        transaction,
      );
      return after;
    });
  }
}
