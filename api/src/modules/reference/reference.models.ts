import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type Sequelize,
} from 'sequelize';

import { defineDocumentTypeModel } from './document-types.models';

/** A border gate row. Gates are reference data: Lệ Thanh is the first of several. */
export class GateModel extends Model<InferAttributes<GateModel>, InferCreationAttributes<GateModel>> {
  declare code: string;
  declare nameVi: string;
  declare nameEn: string;
  declare nameKm: string | null;
  declare facingGateName: string;
  /** The gate's own province, which border-resident permits may be valid for; null until entered. */
  declare province: string | null;
  declare facingProvince: string;
  declare facingCountry: string;
  declare timeZone: string;
  /** Days a result stays valid, counting the planned crossing day. */
  declare resultValidityDays: number;
  /** A declaration can be submitted from this many days before its planned crossing date until that day. */
  declare submissionOpensDaysBefore: CreationOptional<number>;
  /** How many minutes before a truck's planned arrival its cargo declaration must be submitted. */
  declare cargoSubmissionLeadMinutes: CreationOptional<number>;
  declare active: boolean;
}

export class TravelPurposeModel extends Model<
  InferAttributes<TravelPurposeModel>,
  InferCreationAttributes<TravelPurposeModel>
> {
  declare code: string;
  declare nameVi: string;
  declare nameEn: string;
  declare nameKm: string | null;
  declare sortOrder: number;
  declare active: boolean;
}

export class CountryModel extends Model<
  InferAttributes<CountryModel>,
  InferCreationAttributes<CountryModel>
> {
  declare code: string;
  declare nameVi: string;
  declare nameEn: string;
  declare nameKm: string | null;
}

const names = {
  nameVi: { type: DataTypes.STRING(200), allowNull: false },
  nameEn: { type: DataTypes.STRING(200), allowNull: false },
  nameKm: { type: DataTypes.STRING(200), allowNull: true },
};

export function defineReferenceModels(sequelize: Sequelize): void {
  GateModel.init(
    {
      code: { type: DataTypes.STRING(10), primaryKey: true },
      ...names,
      facingGateName: { type: DataTypes.STRING(200), allowNull: false },
      province: { type: DataTypes.STRING(200), allowNull: true },
      facingProvince: { type: DataTypes.STRING(200), allowNull: false },
      facingCountry: { type: DataTypes.CHAR(3), allowNull: false },
      timeZone: { type: DataTypes.STRING(64), allowNull: false },
      resultValidityDays: { type: DataTypes.INTEGER, allowNull: false },
      submissionOpensDaysBefore: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 7 },
      cargoSubmissionLeadMinutes: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 60 },
      active: { type: DataTypes.BOOLEAN, allowNull: false },
    },
    { sequelize, tableName: 'gates', timestamps: true },
  );

  TravelPurposeModel.init(
    {
      code: { type: DataTypes.STRING(40), primaryKey: true },
      ...names,
      sortOrder: { type: DataTypes.INTEGER, allowNull: false },
      active: { type: DataTypes.BOOLEAN, allowNull: false },
    },
    { sequelize, tableName: 'travel_purposes', timestamps: false },
  );

  CountryModel.init(
    { code: { type: DataTypes.CHAR(3), primaryKey: true }, ...names },
    { sequelize, tableName: 'countries', timestamps: false },
  );

  defineDocumentTypeModel(sequelize);
}
