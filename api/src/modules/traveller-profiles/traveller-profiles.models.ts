import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type Sequelize,
} from 'sequelize';

import type { TravellerDraft } from '@smartgate/shared-models';

/** A traveller saved on an applicant's account, with the fields of a declaration's traveller. */
export class TravellerProfileModel extends Model<
  InferAttributes<TravellerProfileModel>,
  InferCreationAttributes<TravellerProfileModel>
> {
  declare id: CreationOptional<string>;
  declare applicantId: string;
  /** The traveller as the Traveller schema wrote it; a profile saved before a field existed lacks that field. */
  declare traveller: TravellerDraft;
  declare version: CreationOptional<number>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

export function defineTravellerProfileModel(sequelize: Sequelize): void {
  TravellerProfileModel.init(
    {
      id: { type: DataTypes.UUID, primaryKey: true, defaultValue: DataTypes.UUIDV4 },
      applicantId: { type: DataTypes.UUID, allowNull: false },
      traveller: { type: DataTypes.JSONB, allowNull: false },
      version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 1 },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'traveller_profiles' },
  );
}
