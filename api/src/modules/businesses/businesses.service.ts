import {
  taxCodeKind,
  type BusinessDetails,
  type BusinessMemberView,
  type BusinessRegistration,
  type BusinessView,
} from '@smartgate/shared-models';
import { UniqueConstraintError, type Sequelize } from 'sequelize';

import {
  MembershipConflictError,
  NotFoundError,
  TaxCodeRegisteredError,
  VersionConflictError,
} from '../../lib/errors';
import type { ApplicantPrincipal } from '../../lib/principal';
import { requireBusinessMember } from './business-membership';
import { toBusinessView, toMemberView } from './business-views';
import {
  countAdministrators,
  deleteMember,
  findBusiness,
  findMember,
  insertBusiness,
  listBusinessesOf,
  listMembers,
  lockBusiness,
  replaceBusinessDetails,
  taxCodeTaken,
} from './businesses.repository';

/** Names sort as Vietnamese readers expect, not by code point. */
const NAME_ORDER = new Intl.Collator('vi');

/** Businesses, their details and their members. Every method checks the caller's membership first. */
export class BusinessesService {
  constructor(private readonly sequelize: Sequelize) {}

  /** Registers a business with the applicant as its administrator. A registered tax code gets 409. */
  async register(applicant: ApplicantPrincipal, registration: BusinessRegistration): Promise<BusinessView> {
    try {
      const business = await this.sequelize.transaction(async (transaction) => {
        if (await taxCodeTaken(registration.taxCode, transaction)) {
          throw new TaxCodeRegisteredError();
        }
        return insertBusiness(
          { ...registration, taxCodeKind: taxCodeKind(registration.taxCode) },
          applicant.id,
          transaction,
        );
      });

      return toBusinessView(business, 'administrator');
    } catch (error) {
      // Two registrations of one tax code at once: the unique index stops the second.
      if (error instanceof UniqueConstraintError) {
        throw new TaxCodeRegisteredError();
      }
      throw error;
    }
  }

  /** Lists the applicant's businesses by name. */
  async listMine(applicant: ApplicantPrincipal): Promise<BusinessView[]> {
    const businesses = await listBusinessesOf(applicant.id);

    return businesses
      .map(({ business, role }) => toBusinessView(business, role))
      .sort((a, b) => NAME_ORDER.compare(a.name, b.name));
  }

  async view(applicant: ApplicantPrincipal, businessId: string): Promise<BusinessView> {
    const membership = await requireBusinessMember(this.sequelize, applicant.id, businessId);

    const business = await findBusiness(businessId);
    if (!business) {
      throw new NotFoundError();
    }
    return toBusinessView(business, membership.role);
  }

  /** Replaces the company's details; only an administrator may, and the version must match. */
  async update(
    applicant: ApplicantPrincipal,
    businessId: string,
    version: number,
    details: BusinessDetails,
  ): Promise<BusinessView> {
    await this.sequelize.transaction(async (transaction) => {
      await requireBusinessMember(this.sequelize, applicant.id, businessId, 'administrator', transaction);

      if (!(await replaceBusinessDetails(businessId, version, details, transaction))) {
        throw new VersionConflictError();
      }
    });

    return this.view(applicant, businessId);
  }

  /** Lists the members by name; every member may see who else files for the company. */
  async members(applicant: ApplicantPrincipal, businessId: string): Promise<BusinessMemberView[]> {
    await requireBusinessMember(this.sequelize, applicant.id, businessId);

    const members = await listMembers(this.sequelize, businessId);
    return members.map(toMemberView).sort((a, b) => NAME_ORDER.compare(a.fullName, b.fullName));
  }

  /**
   * Removes a member. An administrator may remove anyone, and any member may leave; the last
   * administrator can do neither, because a company without one could not invite anybody.
   */
  async removeMember(applicant: ApplicantPrincipal, businessId: string, memberId: string): Promise<void> {
    await this.sequelize.transaction(async (transaction) => {
      const leaving = memberId === applicant.id;
      const role = leaving ? undefined : 'administrator';
      // The business row is locked before the membership rows, as every membership change does:
      // two administrators removing each other at once would otherwise deadlock. The first
      // check, without locks, keeps a malformed or foreign id away from the lock.
      await requireBusinessMember(this.sequelize, applicant.id, businessId, role);
      await lockBusiness(businessId, transaction);
      await requireBusinessMember(this.sequelize, applicant.id, businessId, role, transaction);

      const member = await findMember(businessId, memberId, transaction);
      if (!member) {
        throw new NotFoundError();
      }
      if (member.role === 'administrator' && (await countAdministrators(businessId, transaction)) <= 1) {
        throw new MembershipConflictError('lastBusinessAdministrator');
      }

      await deleteMember(businessId, memberId, transaction);
    });
  }
}
