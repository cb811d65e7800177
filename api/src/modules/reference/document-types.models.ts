import type { DocumentNumberFormat, DocumentType, ValidProvinceRule } from '@smartgate/shared-models';
import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type Sequelize,
} from 'sequelize';

/** A document type row with the rules an administrator can change. */
export class DocumentTypeModel extends Model<
  InferAttributes<DocumentTypeModel>,
  InferCreationAttributes<DocumentTypeModel>
> {
  declare code: DocumentType;
  declare nameVi: string;
  declare nameEn: string;
  declare sortOrder: number;
  declare numberFormat: DocumentNumberFormat;
  declare expiryWarningMonths: number | null;
  declare maxValidityMonths: number | null;
  declare requiresIssueDate: boolean;
  declare validProvinceRule: ValidProvinceRule;
  /** ISO 3166-1 alpha-3 codes, or null for any nationality. */
  declare allowedNationalities: string[] | null;
  /** A traveller holding this document must upload a portrait photo before submitting. */
  declare photoRequired: boolean;
  declare updatedAt: CreationOptional<Date>;
}

export function defineDocumentTypeModel(sequelize: Sequelize): void {
  DocumentTypeModel.init(
    {
      code: { type: DataTypes.STRING(40), primaryKey: true },
      nameVi: { type: DataTypes.STRING(200), allowNull: false },
      nameEn: { type: DataTypes.STRING(200), allowNull: false },
      sortOrder: { type: DataTypes.INTEGER, allowNull: false },
      numberFormat: { type: DataTypes.STRING(20), allowNull: false },
      expiryWarningMonths: DataTypes.INTEGER,
      maxValidityMonths: DataTypes.INTEGER,
      requiresIssueDate: { type: DataTypes.BOOLEAN, allowNull: false },
      validProvinceRule: { type: DataTypes.STRING(20), allowNull: false },
      allowedNationalities: DataTypes.ARRAY(DataTypes.CHAR(3)),
      photoRequired: { type: DataTypes.BOOLEAN, allowNull: false },
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'document_types', timestamps: true, createdAt: false },
  );
}
