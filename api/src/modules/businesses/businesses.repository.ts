import type { BusinessDetails, BusinessRole, TaxCodeKind } from '@smartgate/shared-models';
import { QueryTypes, literal, type Sequelize, type Transaction } from 'sequelize';

import { BusinessMemberModel, BusinessModel } from './businesses.models';

/** A business with the role of the applicant who reads it. */
export interface BusinessWithRole {
  business: BusinessModel;
  role: BusinessRole;
}

/** A member with the account's name and address. */
export interface MemberRow {
  applicantId: string;
  fullName: string;
  email: string;
  role: BusinessRole;
  joinedAt: Date;
}

/** Writes a new business and makes the registering applicant its administrator. */
export async function insertBusiness(
  fields: BusinessDetails & { taxCode: string; taxCodeKind: TaxCodeKind },
  applicantId: string,
  transaction: Transaction,
): Promise<BusinessModel> {
  const business = await BusinessModel.create(fields, { transaction });
  await BusinessMemberModel.create(
    { businessId: business.id, applicantId, role: 'administrator' },
    { transaction },
  );
  return business;
}

export async function taxCodeTaken(taxCode: string, transaction: Transaction): Promise<boolean> {
  return (await BusinessModel.count({ where: { taxCode }, transaction })) > 0;
}

export async function findBusiness(id: string, transaction?: Transaction): Promise<BusinessModel | null> {
  return BusinessModel.findByPk(id, { transaction });
}

/** Lists the businesses the applicant is a member of, with the applicant's role in each. */
export async function listBusinessesOf(applicantId: string): Promise<BusinessWithRole[]> {
  const memberships = await BusinessMemberModel.findAll({ where: { applicantId } });
  const businesses = await BusinessModel.findAll({
    where: { id: memberships.map((membership) => membership.businessId) },
  });

  const roles = new Map(memberships.map((membership) => [membership.businessId, membership.role]));
  return businesses.map((business) => ({ business, role: roles.get(business.id) ?? 'staff' }));
}

/** Replaces a business's details only if it still has the expected version. Returns false when it did not. */
export async function replaceBusinessDetails(
  id: string,
  version: number,
  details: BusinessDetails,
  transaction: Transaction,
): Promise<boolean> {
  const [updatedRows] = await BusinessModel.update(
    { ...details, version: literal('version + 1') as unknown as number },
    { where: { id, version }, transaction },
  );
  return updatedRows === 1;
}

/**
 * Locks the business's row until the transaction ends. Every change of its members takes this
 * lock first, so two administrators removing each other cannot leave it without one.
 */
export async function lockBusiness(businessId: string, transaction: Transaction): Promise<void> {
  await BusinessModel.findByPk(businessId, {
    attributes: ['id'],
    lock: transaction.LOCK.UPDATE,
    transaction,
  });
}

export async function listMembers(sequelize: Sequelize, businessId: string): Promise<MemberRow[]> {
  return sequelize.query<MemberRow>(
    `SELECT m.applicant_id AS "applicantId", a.full_name AS "fullName", a.email, m.role,
            m.created_at AS "joinedAt"
     FROM business_members m JOIN applicants a ON a.id = m.applicant_id
     WHERE m.business_id = :businessId`,
    { replacements: { businessId }, type: QueryTypes.SELECT },
  );
}

export async function findMember(
  businessId: string,
  applicantId: string,
  transaction?: Transaction,
): Promise<BusinessMemberModel | null> {
  return BusinessMemberModel.findOne({ where: { businessId, applicantId }, transaction });
}

export async function countAdministrators(businessId: string, transaction: Transaction): Promise<number> {
  return BusinessMemberModel.count({ where: { businessId, role: 'administrator' }, transaction });
}

export async function deleteMember(
  businessId: string,
  applicantId: string,
  transaction: Transaction,
): Promise<void> {
  await BusinessMemberModel.destroy({ where: { businessId, applicantId }, transaction });
}

/** Adds a member; an applicant who already is one keeps the current role. */
export async function addMember(
  sequelize: Sequelize,
  member: { businessId: string; applicantId: string; role: BusinessRole },
  transaction: Transaction,
): Promise<void> {
  await sequelize.query(
    `INSERT INTO business_members (business_id, applicant_id, role)
     VALUES (:businessId, :applicantId, :role)
     ON CONFLICT (business_id, applicant_id) DO NOTHING`,
    { replacements: member, transaction },
  );
}
