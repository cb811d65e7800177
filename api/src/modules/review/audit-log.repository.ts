import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type Sequelize,
  type Transaction,
} from 'sequelize';

/** One append-only audit row: who did what to which declaration, or to which list of them, from where. */
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
  /** Facts of the action beyond the declaration, such as a list view's filter and row count. */
  declare details: CreationOptional<Record<string, unknown> | null>;
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
      details: DataTypes.JSONB,
      at: { type: DataTypes.DATE, allowNull: false },
    },
    { sequelize, tableName: 'audit_log', timestamps: false },
  );
}

export type AuditAction =
  | 'declaration.viewed'
  | 'declaration.list.viewed'
  | 'declaration.approved'
  | 'declaration.rejected'
  | 'declaration.assigned'
  | 'declaration.released'
  | 'declaration.taken_over'
  | 'traveller.photo.viewed'
  | 'declaration.changes_requested'
  | 'declaration.filed_at_counter'
  | 'result.pdf.viewed'
  | 'result.retried'
  | 'result.revoked'
  | 'gate.lookup'
  | 'gate.crossing.recorded'
  | 'gate.traveller.refused'
  | 'camera.key.issued'
  | 'camera.key.revoked'
  | 'reference.document_type.updated'
  | 'reason_template.created'
  | 'reason_template.updated'
  | 'reason_template.reordered'
  | 'declaration.trail.viewed'
  | 'audit_log.searched'
  | 'watchlist.listed'
  | 'watchlist.entry.added'
  | 'watchlist.entry.deactivated'
  | 'watchlist.imported'
  | 'declaration.screening.viewed'
  | 'declaration.bulk_approval'
  | 'reference.attachment_rule.created'
  | 'reference.attachment_rule.updated'
  | 'reference.hs_code.control_changed'
  | 'cargo.attachment.viewed';

/** One officer action for the audit log. A list view names no declaration and carries `details`. */
export interface OfficerAuditEntry {
  officerId: string;
  action: AuditAction;
  declarationId?: string;
  ip: string | undefined;
  details?: Record<string, unknown>;
}

/** Appends an audit row for an officer's action on a declaration or on a list of declarations. */
export async function recordOfficerAudit(entry: OfficerAuditEntry, transaction?: Transaction): Promise<void> {
  await AuditLogModel.create(
    {
      actorType: 'officer',
      actorId: entry.officerId,
      action: entry.action,
      declarationId: entry.declarationId ?? null,
      ip: entry.ip ?? null,
      details: entry.details ?? null,
      at: new Date(),
    },
    { transaction },
  );
}
