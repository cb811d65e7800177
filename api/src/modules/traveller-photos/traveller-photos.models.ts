import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type Sequelize,
} from 'sequelize';

import { DeclarationModel } from '../declarations/declarations.models';

/** A traveller's re-encoded portrait photo: one row per traveller, the JPEG file under the data directory. */
export class TravellerPhotoModel extends Model<
  InferAttributes<TravellerPhotoModel>,
  InferCreationAttributes<TravellerPhotoModel>
> {
  declare declarationId: string;
  declare travellerId: string;
  /** Path of the JPEG relative to the data directory, under a random name. */
  declare storageKey: string;
  declare byteSize: number;
  declare width: number;
  declare height: number;
  /** The uploaded file's name, cleaned for display; never used in a path. */
  declare originalName: string | null;
  declare createdAt: CreationOptional<Date>;
}

/** Binds the photo model and lets a declaration load its photos with its travellers. */
export function defineTravellerPhotoModel(sequelize: Sequelize): void {
  TravellerPhotoModel.init(
    {
      declarationId: { type: DataTypes.UUID, primaryKey: true },
      travellerId: { type: DataTypes.UUID, primaryKey: true },
      storageKey: { type: DataTypes.STRING(200), allowNull: false },
      byteSize: { type: DataTypes.INTEGER, allowNull: false },
      width: { type: DataTypes.SMALLINT, allowNull: false },
      height: { type: DataTypes.SMALLINT, allowNull: false },
      originalName: DataTypes.STRING(255),
      createdAt: { type: DataTypes.DATE, allowNull: false, defaultValue: DataTypes.NOW },
    },
    { sequelize, tableName: 'traveller_photos', timestamps: false },
  );

  if (!DeclarationModel.associations['photos']) {
    DeclarationModel.hasMany(TravellerPhotoModel, { as: 'photos', foreignKey: 'declarationId' });
  }
}
