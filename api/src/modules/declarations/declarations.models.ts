import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type NonAttribute,
  type Sequelize,
} from 'sequelize';

import type { DeclarationStatus } from '@smartgate/shared-models';

/** A crossing declaration. Draft fields are nullable until submission checks them. */
export class DeclarationModel extends Model<
  InferAttributes<DeclarationModel, { omit: 'travellers' }>,
  InferCreationAttributes<DeclarationModel, { omit: 'travellers' }>
> {
  declare id: CreationOptional<string>;
  declare applicantId: string;
  declare gateCode: string | null;
  declare direction: string | null;
  /** `YYYY-MM-DD`, never a Date: a timestamp would shift the day in UTC+7. */
  declare plannedCrossingDate: string | null;
  declare purposeCode: string | null;
  declare status: CreationOptional<DeclarationStatus>;
  declare version: CreationOptional<number>;
  declare submittedAt: Date | null;
  declare decidedAt: Date | null;
  declare decidedBy: string | null;
  declare rejectionReason: string | null;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
  declare travellers?: NonAttribute<DeclarationTravellerModel[]>;
}

/** One traveller of a declaration. `position` 0 is the lead traveller. */
export class DeclarationTravellerModel extends Model<
  InferAttributes<DeclarationTravellerModel>,
  InferCreationAttributes<DeclarationTravellerModel>
> {
  declare declarationId: string;
  declare position: number;
  declare fullName: string | null;
  declare fullNameFolded: string | null;
  declare sex: string | null;
  declare dateOfBirth: string | null;
  declare nationality: string | null;
  declare documentType: string | null;
  declare documentNumber: string | null;
  declare documentExpiryDate: string | null;
}

/** A status change of a declaration, kept as its history. */
export class DeclarationEventModel extends Model<
  InferAttributes<DeclarationEventModel>,
  InferCreationAttributes<DeclarationEventModel>
> {
  declare id: CreationOptional<number>;
  declare declarationId: string;
  declare fromStatus: DeclarationStatus | null;
  declare toStatus: DeclarationStatus;
  declare actorType: 'applicant' | 'officer' | 'system';
  declare actorId: string | null;
  declare reason: string | null;
  declare at: CreationOptional<Date>;
}

function defineDeclaration(sequelize: Sequelize): void {
  DeclarationModel.init(
    {
      id: { type: DataTypes.UUID, primaryKey: true, defaultValue: DataTypes.UUIDV4 },
      applicantId: { type: DataTypes.UUID, allowNull: false },
      gateCode: DataTypes.STRING(10),
      direction: DataTypes.STRING(10),
      plannedCrossingDate: DataTypes.DATEONLY,
      purposeCode: DataTypes.STRING(40),
      status: { type: DataTypes.STRING(20), allowNull: false, defaultValue: 'draft' },
      version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 1 },
      submittedAt: DataTypes.DATE,
      decidedAt: DataTypes.DATE,
      decidedBy: DataTypes.UUID,
      rejectionReason: DataTypes.TEXT,
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'declarations' },
  );
}

function defineTraveller(sequelize: Sequelize): void {
  DeclarationTravellerModel.init(
    {
      declarationId: { type: DataTypes.UUID, primaryKey: true },
      position: { type: DataTypes.SMALLINT, primaryKey: true },
      fullName: DataTypes.STRING(100),
      fullNameFolded: DataTypes.TEXT,
      sex: DataTypes.STRING(10),
      dateOfBirth: DataTypes.DATEONLY,
      nationality: DataTypes.CHAR(3),
      documentType: DataTypes.STRING(40),
      documentNumber: DataTypes.STRING(20),
      documentExpiryDate: DataTypes.DATEONLY,
    },
    { sequelize, tableName: 'declaration_travellers', timestamps: false },
  );
}

function defineEvent(sequelize: Sequelize): void {
  DeclarationEventModel.init(
    {
      id: { type: DataTypes.BIGINT, primaryKey: true, autoIncrement: true },
      declarationId: { type: DataTypes.UUID, allowNull: false },
      fromStatus: DataTypes.STRING(20),
      toStatus: { type: DataTypes.STRING(20), allowNull: false },
      actorType: { type: DataTypes.STRING(20), allowNull: false },
      actorId: DataTypes.UUID,
      reason: DataTypes.TEXT,
      at: { type: DataTypes.DATE, allowNull: false, defaultValue: DataTypes.NOW },
    },
    { sequelize, tableName: 'declaration_events', timestamps: false },
  );
}

export function defineDeclarationModels(sequelize: Sequelize): void {
  defineDeclaration(sequelize);
  defineTraveller(sequelize);
  defineEvent(sequelize);

  if (!DeclarationModel.associations['travellers']) {
    DeclarationModel.hasMany(DeclarationTravellerModel, { as: 'travellers', foreignKey: 'declarationId' });
  }
}
