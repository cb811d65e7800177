import type { DocumentType, DocumentTypeRules, DocumentTypeRulesUpdate } from '@smartgate/shared-models';
import type { Sequelize } from 'sequelize';

import { NotFoundError } from '../../lib/errors';
import type { OfficerPrincipal } from '../../lib/principal';
import { recordOfficerAudit } from '../review/audit-log.repository';
import {
  listDocumentTypeRules,
  lockDocumentType,
  toDocumentTypeRules,
  updateDocumentTypeRules,
} from './document-types.repository';

/** Drops a document type's code and names, keeping the rule fields that the audit log records. */
function ruleValues({ code: _code, nameVi: _vi, nameEn: _en, ...rules }: DocumentTypeRules) {
  return rules;
}

/** The administrator's side of document types. The routes check the role before calling it. */
export class DocumentTypesService {
  constructor(private readonly sequelize: Sequelize) {}

  list(): Promise<DocumentTypeRules[]> {
    return listDocumentTypeRules();
  }

  /**
   * Replaces a document type's rules and records the change, with the rules before and after,
   * in the audit log. The next submission check reads the new rules.
   */
  async update(
    administrator: { officer: OfficerPrincipal; ip: string | undefined },
    code: DocumentType,
    update: DocumentTypeRulesUpdate,
  ): Promise<DocumentTypeRules> {
    return this.sequelize.transaction(async (transaction) => {
      const row = await lockDocumentType(code, transaction);
      if (!row) {
        throw new NotFoundError();
      }

      const before = ruleValues(toDocumentTypeRules(row));
      const after = toDocumentTypeRules(await updateDocumentTypeRules(row, update, transaction));

      await recordOfficerAudit(
        {
          officerId: administrator.officer.id,
          action: 'reference.document_type.updated',
          ip: administrator.ip,
          details: { code, before, after: ruleValues(after) },
        },
        transaction,
      );
      return after;
    });
  }
}
