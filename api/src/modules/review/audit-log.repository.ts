import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type Sequelize,
  type Transaction,
} from 'sequelize';

/** One append-only audit row: who did what to which declaration, from where. */
export class AuditLogModel extends Model<
  InferAttributes<AuditLogModel>,
  InferCreationAttributes<AuditLogModel>
> {
  declare id: CreationOptional<number>;
  declare actorType: 'applicant' | 'officer' | 'system';
  declare actorId: string | null;
  /** Stable action name such as `declaration.viewed`. */
  declare action: string;
  declare declarationId: string | null;
  declare ip: string | null;
  declare at: Date;
}

export function defineAuditLogModel(sequelize: Sequelize): void {
  AuditLogModel.init(
    {
      id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
      actorType: { type: DataTypes.STRING(20), allowNull: false },
      actorId: DataTypes.UUID,
      action: { type: DataTypes.STRING(64), allowNull: false },
      declarationId: DataTypes.UUID,
      ip: DataTypes.STRING(64),
      at: { type: DataTypes.DATE, allowNull: false },
    },
    { sequelize, tableName: 'audit_log', timestamps: false },
  );
}

export type AuditAction = 'declaration.viewed' | 'declaration.approved' | 'declaration.rejected';

/** Appends an audit row for an officer's action on a declaration. */
export async function recordOfficerAudit(
  entry: { officerId: string; action: AuditAction; declarationId: string; ip: string | undefined },
  transaction?: Transaction,
): Promise<void> {
  await AuditLogModel.create(
    {
      actorType: 'officer',
      actorId: entry.officerId,
      action: entry.action,
      declarationId: entry.declarationId,
      ip: entry.ip ?? null,
      at: new Date(),
    },
    { transaction },
  );
}
