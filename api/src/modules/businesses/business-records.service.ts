import {
  UniqueConstraintError,
  literal,
  type Model,
  type ModelStatic,
  type Sequelize,
  type Transaction,
} from 'sequelize';

import { NotFoundError, ValidationError, VersionConflictError } from '../../lib/errors';
import type { ApplicantPrincipal } from '../../lib/principal';
import { requireBusinessMember } from './business-membership';

/** A record that a business keeps: a vehicle, a driver or a trading partner. */
export interface BusinessRecord extends Model {
  id: string;
  businessId: string;
  version: number;
}

/** The parts that differ between kinds of record: the model, the columns an input writes, the view and the order. */
export interface BusinessRecordKind<M extends BusinessRecord, Input, View> {
  model: ModelStatic<M>;
  columns(input: Input): Record<string, unknown>;
  toView(record: M): View;
  compare(a: View, b: View): number;
  /** The 400 for a record that the kind's unique index rejects, such as a second vehicle with the same plate. */
  duplicateError?: () => ValidationError;
}

/**
 * The vehicles, drivers and trading partners of a business. Every member may list and change
 * them, because staff file the declarations that use them. Writes are version-locked, so an edit
 * made meanwhile by another member is never overwritten silently.
 */
export class BusinessRecordsService<M extends BusinessRecord, Input, View> {
  constructor(
    private readonly sequelize: Sequelize,
    private readonly kind: BusinessRecordKind<M, Input, View>,
  ) {}

  async list(applicant: ApplicantPrincipal, businessId: string): Promise<View[]> {
    await requireBusinessMember(this.sequelize, applicant.id, businessId);

    const records = await this.kind.model.findAll({ where: { businessId } as never });
    return records.map((record) => this.kind.toView(record)).sort(this.kind.compare);
  }

  async view(applicant: ApplicantPrincipal, businessId: string, id: string): Promise<View> {
    await requireBusinessMember(this.sequelize, applicant.id, businessId);

    return this.kind.toView(await this.find(businessId, id));
  }

  async create(applicant: ApplicantPrincipal, businessId: string, input: Input): Promise<View> {
    const record = await this.write(async (transaction) => {
      await requireBusinessMember(this.sequelize, applicant.id, businessId, undefined, transaction);

      return this.kind.model.create({ ...this.kind.columns(input), businessId } as never, { transaction });
    });

    return this.kind.toView(record);
  }

  /** Replaces a record's fields. The version must match the stored one. */
  async update(
    applicant: ApplicantPrincipal,
    businessId: string,
    id: string,
    version: number,
    input: Input,
  ): Promise<View> {
    await this.write(async (transaction) => {
      await requireBusinessMember(this.sequelize, applicant.id, businessId, undefined, transaction);
      await this.findCurrent(businessId, id, version, transaction);

      const [updatedRows] = await this.kind.model.update(
        { ...this.kind.columns(input), version: literal('version + 1') } as never,
        { where: { id, businessId, version } as never, transaction },
      );
      if (updatedRows !== 1) {
        throw new VersionConflictError();
      }
    });

    return this.view(applicant, businessId, id);
  }

  /** Deletes a record. The version must match, so a record edited meanwhile stays. */
  async remove(
    applicant: ApplicantPrincipal,
    businessId: string,
    id: string,
    version: number,
  ): Promise<void> {
    await this.write(async (transaction) => {
      await requireBusinessMember(this.sequelize, applicant.id, businessId, undefined, transaction);
      await this.findCurrent(businessId, id, version, transaction);

      const deletedRows = await this.kind.model.destroy({
        where: { id, businessId, version } as never,
        transaction,
      });
      if (deletedRows !== 1) {
        throw new VersionConflictError();
      }
    });
  }

  /** Runs a write in a transaction, turning a violation of the kind's unique index into its 400. */
  private async write<T>(work: (transaction: Transaction) => Promise<T>): Promise<T> {
    try {
      return await this.sequelize.transaction(work);
    } catch (error) {
      if (error instanceof UniqueConstraintError && this.kind.duplicateError) {
        throw this.kind.duplicateError();
      }
      throw error;
    }
  }

  private async find(businessId: string, id: string, transaction?: Transaction): Promise<M> {
    const record = await this.kind.model.findOne({ where: { id, businessId } as never, transaction });
    if (!record) {
      throw new NotFoundError();
    }
    return record;
  }

  private async findCurrent(
    businessId: string,
    id: string,
    version: number,
    transaction: Transaction,
  ): Promise<M> {
    const record = await this.find(businessId, id, transaction);
    if (record.version !== version) {
      throw new VersionConflictError();
    }
    return record;
  }
}
