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

import type { TravellerPhotoModel } from '../traveller-photos/traveller-photos.models';

/** A crossing declaration. Draft fields are nullable until submission checks them. */
export class DeclarationModel extends Model<
  InferAttributes<DeclarationModel, { omit: 'travellers' | 'photos' }>,
  InferCreationAttributes<DeclarationModel, { omit: 'travellers' | 'photos' }>
> {
  declare id: CreationOptional<string>;
  /** `travel` for travellers crossing, `cargo` for one truck crossing with its goods. */
  declare kind: CreationOptional<'travel' | 'cargo'>;
  /** The business that filed a cargo declaration; its members may all open it. Null for travellers. */
  declare businessId: CreationOptional<string | null>;
  /** The applicant's account; null for a declaration an officer filed at the counter. */
  declare applicantId: string | null;
  /** The officer who filed the declaration at the gate's counter for the travellers; null for an applicant's. */
  declare filedByOfficerId: CreationOptional<string | null>;
  /** The e-mail address a traveller left at the counter for the notices; only with `filedByOfficerId`. */
  declare contactEmail: CreationOptional<string | null>;
  /** The language of those notices: `vi`, `en` or `km`. */
  declare contactLanguage: CreationOptional<string | null>;
  declare gateCode: string | null;
  declare direction: string | null;
  /** `YYYY-MM-DD`, never a Date: a timestamp would shift the day in UTC+7. */
  declare plannedCrossingDate: string | null;
  declare purposeCode: string | null;
  /** The private vehicle of the crossing, if any: `car` or `motorbike`. */
  declare vehicleKind: CreationOptional<string | null>;
  declare vehiclePlateCountry: CreationOptional<string | null>;
  /** The plate as printed, such as `81A-123.45`. */
  declare vehiclePlateNumber: CreationOptional<string | null>;
  /** The plate folded for matching camera reads, such as `81A12345`. */
  declare vehiclePlateSearchKey: CreationOptional<string | null>;
  /** The planned arrival of a cargo declaration's truck; `plannedCrossingDate` is its local date. */
  declare plannedArrivalAt: CreationOptional<Date | null>;
  /** The company across the border that sends or receives a consignment. */
  declare counterpartName: CreationOptional<string | null>;
  declare counterpartAddress: CreationOptional<string | null>;
  declare counterpartCountry: CreationOptional<string | null>;
  /** The trailer or semi-trailer of a truck crossing, with its plate as printed and folded. */
  declare trailerPlateCountry: CreationOptional<string | null>;
  declare trailerPlateNumber: CreationOptional<string | null>;
  declare trailerPlateSearchKey: CreationOptional<string | null>;
  /** The cross-border transport licence of a truck and its last valid day (`YYYY-MM-DD`). */
  declare transportLicenceNumber: CreationOptional<string | null>;
  declare transportLicenceExpiry: CreationOptional<string | null>;
  declare status: CreationOptional<DeclarationStatus>;
  declare version: CreationOptional<number>;
  declare submittedAt: Date | null;
  declare decidedAt: Date | null;
  declare decidedBy: string | null;
  declare rejectionReason: string | null;
  /** The reason template that the rejection reason starts with, if the officer picked one. */
  declare rejectionTemplateId: CreationOptional<string | null>;
  /** Short public code such as `LT-7K3Q-9C2M`, given at the first submission; null for a draft never submitted. */
  declare referenceCode: CreationOptional<string | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
  declare travellers?: NonAttribute<DeclarationTravellerModel[]>;
  /** The travellers' portrait photos, matched to travellers by `travellerId`. */
  declare photos?: NonAttribute<TravellerPhotoModel[]>;
}

/** One traveller of a declaration. `position` 0 is the lead traveller. */
export class DeclarationTravellerModel extends Model<
  InferAttributes<DeclarationTravellerModel>,
  InferCreationAttributes<DeclarationTravellerModel>
> {
  declare declarationId: string;
  declare position: number;
  /** Stays with the person when companions are removed or reordered; photos refer to it. */
  declare travellerId: string;
  declare fullName: string | null;
  declare fullNameFolded: string | null;
  declare sex: string | null;
  declare dateOfBirth: string | null;
  declare nationality: string | null;
  declare documentType: string | null;
  declare documentNumber: string | null;
  declare documentExpiryDate: string | null;
  /** `YYYY-MM-DD`, asked for where the document type's rules need it. */
  declare documentIssueDate: CreationOptional<string | null>;
  declare documentValidProvince: CreationOptional<string | null>;
  /** In a cargo declaration, `driver` at position 0 and `crew` after it; null for travellers. */
  declare crewRole: CreationOptional<'driver' | 'crew' | null>;
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
      kind: { type: DataTypes.STRING(10), allowNull: false, defaultValue: 'travel' },
      businessId: DataTypes.UUID,
      applicantId: { type: DataTypes.UUID, allowNull: true },
      filedByOfficerId: DataTypes.UUID,
      contactEmail: DataTypes.STRING(254),
      contactLanguage: DataTypes.STRING(2),
      gateCode: DataTypes.STRING(10),
      direction: DataTypes.STRING(10),
      plannedCrossingDate: DataTypes.DATEONLY,
      purposeCode: DataTypes.STRING(40),
      vehicleKind: DataTypes.STRING(20),
      vehiclePlateCountry: DataTypes.CHAR(3),
      vehiclePlateNumber: DataTypes.STRING(20),
      vehiclePlateSearchKey: DataTypes.STRING(20),
      plannedArrivalAt: DataTypes.DATE,
      counterpartName: DataTypes.STRING(200),
      counterpartAddress: DataTypes.STRING(500),
      counterpartCountry: DataTypes.CHAR(3),
      trailerPlateCountry: DataTypes.CHAR(3),
      trailerPlateNumber: DataTypes.STRING(20),
      trailerPlateSearchKey: DataTypes.STRING(20),
      transportLicenceNumber: DataTypes.STRING(40),
      transportLicenceExpiry: DataTypes.DATEONLY,
      status: { type: DataTypes.STRING(20), allowNull: false, defaultValue: 'draft' },
      version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 1 },
      submittedAt: DataTypes.DATE,
      decidedAt: DataTypes.DATE,
      decidedBy: DataTypes.UUID,
      rejectionReason: DataTypes.TEXT,
      rejectionTemplateId: DataTypes.UUID,
      referenceCode: DataTypes.STRING(24),
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
      travellerId: { type: DataTypes.UUID, allowNull: false },
      fullName: DataTypes.STRING(100),
      fullNameFolded: DataTypes.TEXT,
      sex: DataTypes.STRING(10),
      dateOfBirth: DataTypes.DATEONLY,
      nationality: DataTypes.CHAR(3),
      documentType: DataTypes.STRING(40),
      documentNumber: DataTypes.STRING(20),
      documentExpiryDate: DataTypes.DATEONLY,
      documentIssueDate: DataTypes.DATEONLY,
      documentValidProvince: DataTypes.STRING(100),
      crewRole: DataTypes.STRING(10),
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
