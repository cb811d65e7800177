import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type Sequelize,
} from 'sequelize';

import type { Language, OfficerRole } from '@smartgate/shared-models';

export class ApplicantModel extends Model<
  InferAttributes<ApplicantModel>,
  InferCreationAttributes<ApplicantModel>
> {
  declare id: CreationOptional<string>;
  declare email: string;
  declare passwordHash: string;
  declare fullName: string;
  declare preferredLanguage: Language;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

export class OfficerModel extends Model<
  InferAttributes<OfficerModel>,
  InferCreationAttributes<OfficerModel>
> {
  declare id: CreationOptional<string>;
  declare username: string;
  declare fullName: string;
  declare role: OfficerRole;
  declare passwordHash: string;
  declare active: CreationOptional<boolean>;
  /** The TOTP secret, encrypted by `totp-secret-cipher.ts`; null until the officer sets up an authenticator app. */
  declare totpSecretEncrypted: CreationOptional<string | null>;
  declare totpEnrolledAt: CreationOptional<Date | null>;
  /** The 30-second time step of the last accepted code, as PostgreSQL returns a bigint: a string. */
  declare totpLastUsedStep: CreationOptional<string | null>;
  declare failedSignInCount: CreationOptional<number>;
  declare lockedUntil: CreationOptional<Date | null>;
  declare passwordChangeRequired: CreationOptional<boolean>;
  declare lastSignInAt: CreationOptional<Date | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

export function defineAccountModels(sequelize: Sequelize): void {
  ApplicantModel.init(
    {
      id: { type: DataTypes.UUID, primaryKey: true, defaultValue: DataTypes.UUIDV4 },
      email: { type: DataTypes.STRING(254), allowNull: false, unique: true },
      passwordHash: { type: DataTypes.STRING(255), allowNull: false },
      fullName: { type: DataTypes.STRING(100), allowNull: false },
      preferredLanguage: { type: DataTypes.STRING(5), allowNull: false },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'applicants' },
  );

  OfficerModel.init(
    {
      id: { type: DataTypes.UUID, primaryKey: true, defaultValue: DataTypes.UUIDV4 },
      username: { type: DataTypes.STRING(64), allowNull: false, unique: true },
      fullName: { type: DataTypes.STRING(100), allowNull: false },
      role: { type: DataTypes.STRING(20), allowNull: false },
      passwordHash: { type: DataTypes.STRING(255), allowNull: false },
      active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
      totpSecretEncrypted: { type: DataTypes.TEXT, allowNull: true, defaultValue: null },
      totpEnrolledAt: { type: DataTypes.DATE, allowNull: true, defaultValue: null },
      totpLastUsedStep: { type: DataTypes.BIGINT, allowNull: true, defaultValue: null },
      failedSignInCount: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
      lockedUntil: { type: DataTypes.DATE, allowNull: true, defaultValue: null },
      passwordChangeRequired: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
      lastSignInAt: { type: DataTypes.DATE, allowNull: true, defaultValue: null },
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'officers' },
  );
}
