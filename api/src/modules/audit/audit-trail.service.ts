import {
  isDeclarationIdFilter,
  type AuditSearchQuery,
  type AuditTrailPage,
  type RecordTrailQuery,
} from '@smartgate/shared-models';
import type { Sequelize } from 'sequelize';

import { recordOfficerAudit } from '../review/audit-log.repository';
import { ReviewService, type OfficerRequest } from '../review/review.service';
import { AUDIT_SEARCH_TIME_ZONE, findAuditEntries, findDeclarationTimeZone } from './audit-trail.repository';

/**
 * Reading the audit trail: supervisors and administrators read the trail of one declaration of
 * their gates, and administrators search the whole trail. Each read is itself audited. The
 * routes check the role first.
 */
export class AuditTrailService {
  private readonly reviews: ReviewService;

  constructor(private readonly sequelize: Sequelize) {
    this.reviews = new ReviewService(sequelize);
  }

  /** Returns a page of one declaration's trail. A declaration that the officer may not see is 404. */
  async recordTrail(
    { officer, ip }: OfficerRequest,
    declarationId: string,
    query: RecordTrailQuery,
  ): Promise<AuditTrailPage> {
    await this.reviews.assertReviewable(officer, declarationId);

    const page = await findAuditEntries(this.sequelize, { declarationId }, query);
    const timeZone = await findDeclarationTimeZone(this.sequelize, declarationId);
    await recordOfficerAudit({
      officerId: officer.id,
      action: 'declaration.trail.viewed',
      declarationId,
      ip,
      details: { page: query.page, rows: page.items.length },
    });
    return { ...page, page: query.page, pageSize: query.pageSize, timeZone };
  }

  /** Searches the whole trail with the administrator's filters, newest first. */
  async search({ officer, ip }: OfficerRequest, query: AuditSearchQuery): Promise<AuditTrailPage> {
    const { page: pageNumber, pageSize, record, ...filters } = query;
    const recordFilter =
      record && isDeclarationIdFilter(record) ? { declarationId: record } : { referenceCode: record };

    const page = await findAuditEntries(this.sequelize, { ...filters, ...recordFilter }, query);
    await recordOfficerAudit({
      officerId: officer.id,
      action: 'audit_log.searched',
      ip,
      details: {
        filter: { ...filters, record },
        page: pageNumber,
        rows: page.items.length,
        total: page.total,
      },
    });
    return { ...page, page: pageNumber, pageSize, timeZone: AUDIT_SEARCH_TIME_ZONE };
  }
}
