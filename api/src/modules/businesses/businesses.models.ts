import type {
  BusinessRole,
  BusinessVehicleType,
  TaxCodeKind,
  TravellerDraft,
} from '@smartgate/shared-models';
import {
  DataTypes,
  Model,
  type CreationOptional,
  type InferAttributes,
  type InferCreationAttributes,
  type Sequelize,
} from 'sequelize';

/** A company or household business that files cargo declarations. */
export class BusinessModel extends Model<
  InferAttributes<BusinessModel>,
  InferCreationAttributes<BusinessModel>
> {
  declare id: CreationOptional<string>;
  /** As written on the registration certificate, such as `0314409058-002` for a branch. */
  declare taxCode: string;
  declare taxCodeKind: TaxCodeKind;
  declare name: string;
  declare address: string;
  declare contactName: string;
  declare contactPhone: string;
  declare contactEmail: string;
  declare version: CreationOptional<number>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

/** An applicant's membership of a business. */
export class BusinessMemberModel extends Model<
  InferAttributes<BusinessMemberModel>,
  InferCreationAttributes<BusinessMemberModel>
> {
  declare businessId: string;
  declare applicantId: string;
  declare role: BusinessRole;
  declare createdAt: CreationOptional<Date>;
}

/** A vehicle of a business, with its plate as printed and folded for search. */
export class BusinessVehicleModel extends Model<
  InferAttributes<BusinessVehicleModel>,
  InferCreationAttributes<BusinessVehicleModel>
> {
  declare id: CreationOptional<string>;
  declare businessId: string;
  declare vehicleType: BusinessVehicleType;
  declare plateCountry: string;
  declare plateNumber: string;
  declare plateSearchKey: string;
  declare transportLicenceNumber: string | null;
  /** `YYYY-MM-DD`: a DATEONLY column comes back as a string, never shifted by a time zone. */
  declare transportLicenceExpiry: string | null;
  declare version: CreationOptional<number>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

/** A driver of a business, with the fields of a declaration's traveller. */
export class BusinessDriverModel extends Model<
  InferAttributes<BusinessDriverModel>,
  InferCreationAttributes<BusinessDriverModel>
> {
  declare id: CreationOptional<string>;
  declare businessId: string;
  /** The traveller as the Traveller schema wrote it; a driver saved before a field existed lacks that field. */
  declare traveller: TravellerDraft;
  declare version: CreationOptional<number>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

/** A trading partner of a business across the border. */
export class BusinessPartnerModel extends Model<
  InferAttributes<BusinessPartnerModel>,
  InferCreationAttributes<BusinessPartnerModel>
> {
  declare id: CreationOptional<string>;
  declare businessId: string;
  declare name: string;
  declare address: string;
  declare country: string;
  declare version: CreationOptional<number>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

const id = { type: DataTypes.UUID, primaryKey: true, defaultValue: DataTypes.UUIDV4 };
const businessId = { type: DataTypes.UUID, allowNull: false };
const version = { type: DataTypes.INTEGER, allowNull: false, defaultValue: 1 };

export function defineBusinessModels(sequelize: Sequelize): void {
  BusinessModel.init(
    {
      id,
      taxCode: { type: DataTypes.STRING(14), allowNull: false, unique: true },
      taxCodeKind: { type: DataTypes.STRING(20), allowNull: false },
      name: { type: DataTypes.STRING(200), allowNull: false },
      address: { type: DataTypes.STRING(300), allowNull: false },
      contactName: { type: DataTypes.STRING(100), allowNull: false },
      contactPhone: { type: DataTypes.STRING(20), allowNull: false },
      contactEmail: { type: DataTypes.STRING(254), allowNull: false },
      version,
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'businesses' },
  );

  BusinessMemberModel.init(
    {
      businessId: { type: DataTypes.UUID, primaryKey: true },
      applicantId: { type: DataTypes.UUID, primaryKey: true },
      role: { type: DataTypes.STRING(20), allowNull: false },
      createdAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'business_members', updatedAt: false },
  );

  BusinessVehicleModel.init(
    {
      id,
      businessId,
      vehicleType: { type: DataTypes.STRING(20), allowNull: false },
      plateCountry: { type: DataTypes.CHAR(3), allowNull: false },
      plateNumber: { type: DataTypes.STRING(20), allowNull: false },
      plateSearchKey: { type: DataTypes.STRING(20), allowNull: false },
      transportLicenceNumber: { type: DataTypes.STRING(30), allowNull: true },
      transportLicenceExpiry: { type: DataTypes.DATEONLY, allowNull: true },
      version,
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'business_vehicles' },
  );

  BusinessDriverModel.init(
    {
      id,
      businessId,
      traveller: { type: DataTypes.JSONB, allowNull: false },
      version,
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'business_drivers' },
  );

  BusinessPartnerModel.init(
    {
      id,
      businessId,
      name: { type: DataTypes.STRING(200), allowNull: false },
      address: { type: DataTypes.STRING(300), allowNull: false },
      country: { type: DataTypes.CHAR(3), allowNull: false },
      version,
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    { sequelize, tableName: 'business_partners' },
  );
}
