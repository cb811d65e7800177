import type { AttachmentType } from '@smartgate/shared-models';
import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type Sequelize,
} from 'sequelize';

/** A document attached to a cargo declaration: one row per file, the file under the data directory. */
export class DeclarationAttachmentModel extends Model<
  InferAttributes<DeclarationAttachmentModel>,
  InferCreationAttributes<DeclarationAttachmentModel>
> {
  declare id: string;
  declare declarationId: string;
  declare attachmentType: AttachmentType;
  /** Path of the file relative to the data directory, under a random name. */
  declare storageKey: string;
  /** The uploaded file's name, cleaned for display; never used in a path. */
  declare originalName: string | null;
  /** The media type judged from the content: PDF, JPEG or PNG. */
  declare mediaType: string;
  declare sizeBytes: number;
  declare sha256: string;
  declare uploadedByApplicantId: string | null;
  declare uploadedByOfficerId: string | null;
  declare createdAt: CreationOptional<Date>;
}

/** A rule of the reference data saying which attachment a cargo declaration needs. */
export class AttachmentRuleModel extends Model<
  InferAttributes<AttachmentRuleModel>,
  InferCreationAttributes<AttachmentRuleModel>
> {
  declare id: string;
  declare attachmentType: AttachmentType;
  declare direction: 'entry' | 'exit' | null;
  declare hsChapterFrom: string | null;
  declare hsChapterTo: string | null;
  declare hsControl: 'licence_required' | null;
  declare active: boolean;
  declare noteVi: string;
  declare noteEn: string;
  declare version: CreationOptional<number>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

/** Binds the attachment and attachment rule models. */
export function defineCargoAttachmentModels(sequelize: Sequelize): void {
  DeclarationAttachmentModel.init(
    {
      id: { type: DataTypes.UUID, primaryKey: true },
      declarationId: { type: DataTypes.UUID, allowNull: false },
      attachmentType: { type: DataTypes.STRING(40), allowNull: false },
      storageKey: { type: DataTypes.STRING(200), allowNull: false },
      originalName: DataTypes.STRING(255),
      mediaType: { type: DataTypes.STRING(100), allowNull: false },
      sizeBytes: { type: DataTypes.INTEGER, allowNull: false },
      sha256: { type: DataTypes.CHAR(64), allowNull: false },
      uploadedByApplicantId: DataTypes.UUID,
      uploadedByOfficerId: DataTypes.UUID,
      createdAt: { type: DataTypes.DATE, allowNull: false, defaultValue: DataTypes.NOW },
    },
    { sequelize, tableName: 'declaration_attachments', timestamps: false },
  );

  AttachmentRuleModel.init(
    {
      id: { type: DataTypes.UUID, primaryKey: true },
      attachmentType: { type: DataTypes.STRING(40), allowNull: false },
      direction: DataTypes.STRING(5),
      hsChapterFrom: DataTypes.CHAR(2),
      hsChapterTo: DataTypes.CHAR(2),
      hsControl: DataTypes.STRING(20),
      active: { type: DataTypes.BOOLEAN, allowNull: false },
      noteVi: { type: DataTypes.STRING(500), allowNull: false },
      noteEn: { type: DataTypes.STRING(500), allowNull: false },
      version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 1 },
      createdAt: { type: DataTypes.DATE, allowNull: false, defaultValue: DataTypes.NOW },
      updatedAt: { type: DataTypes.DATE, allowNull: false, defaultValue: DataTypes.NOW },
    },
    { sequelize, tableName: 'attachment_rules', timestamps: false },
  );
}
