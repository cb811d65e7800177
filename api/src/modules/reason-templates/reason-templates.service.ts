import {
  MAX_REASON_TEMPLATES_PER_KIND,
  type ReasonKind,
  type ReasonTemplate,
  type ReasonTemplateCreation,
  type ReasonTemplateOrder,
  type ReasonTemplateUpdate,
} from '@smartgate/shared-models';
import type { Sequelize } from 'sequelize';

import { LimitReachedError, NotFoundError, ValidationError, VersionConflictError } from '../../lib/errors';
import { recordOfficerAudit } from '../review/audit-log.repository';
import type { OfficerRequest } from '../review/review.service';
import {
  insertReasonTemplate,
  listReasonTemplates,
  lockReasonKind,
  lockReasonTemplate,
  setReasonTemplateOrder,
  updateReasonTemplate,
} from './reason-templates.repository';

function templateTexts({ textVi, textEn, active }: ReasonTemplate) {
  return { textVi, textEn, active };
}

/**
 * Reason templates: officers read the active ones of a kind for the decision dialogs, and
 * administrators add, edit, deactivate and reorder them. The routes check the role first.
 */
export class ReasonTemplatesService {
  constructor(private readonly sequelize: Sequelize) {}

  /** Lists the active templates of a kind, in the order the dialogs show them. */
  listActive(reasonKind: ReasonKind): Promise<ReasonTemplate[]> {
    return listReasonTemplates(this.sequelize, { reasonKind, activeOnly: true });
  }

  /** Lists every template, deactivated ones included, for the administration page. */
  listAll(): Promise<ReasonTemplate[]> {
    return listReasonTemplates(this.sequelize, {});
  }

  /** Adds a template at the end of its kind's list and records it in the audit log. */
  async create({ officer, ip }: OfficerRequest, creation: ReasonTemplateCreation): Promise<ReasonTemplate> {
    return this.sequelize.transaction(async (transaction) => {
      const existing = await lockReasonKind(transaction, creation.reasonKind);
      if (existing.length >= MAX_REASON_TEMPLATES_PER_KIND) {
        throw new LimitReachedError('reasonTemplateLimit');
      }

      const template = await insertReasonTemplate(transaction, {
        ...creation,
        sortOrder: existing.length + 1,
      });
      await recordOfficerAudit(
        {
          officerId: officer.id,
          action: 'reason_template.created',
          ip,
          details: {
            templateId: template.id,
            reasonKind: template.reasonKind,
            after: templateTexts(template),
          },
        },
        transaction,
      );
      return template;
    });
  }

  /** Changes a template's texts or active flag at the version the administrator saw. */
  async update(
    { officer, ip }: OfficerRequest,
    id: string,
    update: ReasonTemplateUpdate,
  ): Promise<ReasonTemplate> {
    return this.sequelize.transaction(async (transaction) => {
      const before = await lockReasonTemplate(transaction, id);
      if (!before) {
        throw new NotFoundError();
      }
      if (before.version !== update.version) {
        throw new VersionConflictError();
      }

      const after = await updateReasonTemplate(transaction, id, update);
      await recordOfficerAudit(
        {
          officerId: officer.id,
          action: 'reason_template.updated',
          ip,
          details: { templateId: id, before: templateTexts(before), after: templateTexts(after) },
        },
        transaction,
      );
      return after;
    });
  }

  /**
   * Puts the templates of a kind in the given order. The list must name each template of the
   * kind once, at the version the administrator saw, so an order made before another
   * administrator added, edited or moved a template gets 409.
   */
  async reorder({ officer, ip }: OfficerRequest, order: ReasonTemplateOrder): Promise<ReasonTemplate[]> {
    const ids = order.templates.map((template) => template.id);
    if (new Set(ids).size !== ids.length) {
      throw new ValidationError([{ path: ['templates'], code: 'invalid' }]);
    }

    await this.sequelize.transaction(async (transaction) => {
      const current = await lockReasonKind(transaction, order.reasonKind);
      const currentVersions = new Map(current.map((template) => [template.id, template.version]));
      const seenCurrentList =
        current.length === order.templates.length &&
        order.templates.every((template) => currentVersions.get(template.id) === template.version);
      if (!seenCurrentList) {
        throw new VersionConflictError();
      }

      await setReasonTemplateOrder(transaction, ids);
      await recordOfficerAudit(
        {
          officerId: officer.id,
          action: 'reason_template.reordered',
          ip,
          details: {
            reasonKind: order.reasonKind,
            before: current.map((template) => template.id),
            after: ids,
          },
        },
        transaction,
      );
    });

    return this.listAll();
  }
}
