import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type NonAttribute,
  type Sequelize,
} from 'sequelize';

import { OfficerModel } from '../accounts/accounts.models';

/** One round of changes an officer asked for on a declaration. Rounds are numbered from 1 per declaration. */
export class ChangeRequestModel extends Model<
  InferAttributes<ChangeRequestModel, { omit: 'fields' | 'officer' }>,
  InferCreationAttributes<ChangeRequestModel, { omit: 'fields' | 'officer' }>
> {
  declare id: CreationOptional<string>;
  declare declarationId: string;
  declare round: number;
  declare officerId: string;
  declare comment: string | null;
  /** The reason template that the general comment starts with, if the officer picked one. */
  declare reasonTemplateId: CreationOptional<string | null>;
  declare createdAt: CreationOptional<Date>;
  /** Set when the applicant submits the changed declaration; stays null after a withdrawal. */
  declare resubmittedAt: Date | null;
  declare fields?: NonAttribute<ChangeRequestFieldModel[]>;
  declare officer?: NonAttribute<OfficerModel>;
}

/** An officer's comment on one field of a round, such as `travellers.1.documentNumber`. */
export class ChangeRequestFieldModel extends Model<
  InferAttributes<ChangeRequestFieldModel>,
  InferCreationAttributes<ChangeRequestFieldModel>
> {
  declare changeRequestId: string;
  declare position: number;
  declare field: string;
  declare comment: string;
  /** The reason template that the comment starts with, if the officer picked one. */
  declare reasonTemplateId: CreationOptional<string | null>;
}

export function defineChangeRequestModels(sequelize: Sequelize): void {
  ChangeRequestModel.init(
    {
      id: { type: DataTypes.UUID, primaryKey: true, defaultValue: DataTypes.UUIDV4 },
      declarationId: { type: DataTypes.UUID, allowNull: false },
      round: { type: DataTypes.SMALLINT, allowNull: false },
      officerId: { type: DataTypes.UUID, allowNull: false },
      comment: DataTypes.TEXT,
      reasonTemplateId: DataTypes.UUID,
      createdAt: { type: DataTypes.DATE, allowNull: false, defaultValue: DataTypes.NOW },
      resubmittedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'change_requests', updatedAt: false },
  );

  ChangeRequestFieldModel.init(
    {
      changeRequestId: { type: DataTypes.UUID, primaryKey: true },
      position: { type: DataTypes.SMALLINT, primaryKey: true },
      field: { type: DataTypes.STRING(100), allowNull: false },
      comment: { type: DataTypes.TEXT, allowNull: false },
      reasonTemplateId: DataTypes.UUID,
    },
    { sequelize, tableName: 'change_request_fields', timestamps: false },
  );

  if (!ChangeRequestModel.associations['fields']) {
    ChangeRequestModel.hasMany(ChangeRequestFieldModel, { as: 'fields', foreignKey: 'changeRequestId' });
    ChangeRequestModel.belongsTo(OfficerModel, { as: 'officer', foreignKey: 'officerId' });
  }
}
