import {
  MAX_TRAVELLER_PROFILES,
  type TravellerProfileInput,
  type TravellerProfileView,
} from '@smartgate/shared-models';
import { UniqueConstraintError, type Sequelize, type Transaction } from 'sequelize';

import { LimitReachedError, NotFoundError, ValidationError, VersionConflictError } from '../../lib/errors';
import type { ApplicantPrincipal } from '../../lib/principal';
import type { TravellerProfileModel } from './traveller-profiles.models';
import {
  countProfiles,
  deleteProfile,
  documentTaken,
  findProfile,
  insertProfile,
  listProfiles,
  lockApplicant,
  replaceProfile,
} from './traveller-profiles.repository';

/** Names sort as Vietnamese readers expect, not by code point. */
const NAME_ORDER = new Intl.Collator('vi');

function toView(profile: TravellerProfileModel): TravellerProfileView {
  return {
    id: profile.id,
    version: profile.version,
    traveller: profile.traveller,
    createdAt: profile.createdAt.toISOString(),
    updatedAt: profile.updatedAt.toISOString(),
  };
}

function duplicateDocumentError(): ValidationError {
  return new ValidationError([{ path: ['documentNumber'], code: 'duplicateTravellerProfile' }]);
}

/** The applicant's saved travellers. Every method works only on the applicant's own profiles. */
export class TravellerProfilesService {
  constructor(private readonly sequelize: Sequelize) {}

  /** Lists the applicant's profiles by name. */
  async list(applicant: ApplicantPrincipal): Promise<TravellerProfileView[]> {
    const profiles = await listProfiles(applicant.id);

    return profiles
      .map(toView)
      .sort((a, b) => NAME_ORDER.compare(a.traveller.fullName ?? '', b.traveller.fullName ?? ''));
  }

  /** Loads one of the applicant's profiles. Another applicant's looks exactly like a missing one. */
  async view(applicant: ApplicantPrincipal, id: string): Promise<TravellerProfileView> {
    return toView(await this.findOwn(applicant, id));
  }

  /** Saves a new profile, unless the applicant has reached the limit or already saved this document. */
  async create(
    applicant: ApplicantPrincipal,
    traveller: TravellerProfileInput,
  ): Promise<TravellerProfileView> {
    const profile = await this.write(async (transaction) => {
      await lockApplicant(applicant.id, transaction);

      if ((await countProfiles(applicant.id, transaction)) >= MAX_TRAVELLER_PROFILES) {
        throw new LimitReachedError('travellerProfileLimit');
      }
      if (await documentTaken(applicant.id, traveller, { transaction })) {
        throw duplicateDocumentError();
      }
      return insertProfile(applicant.id, traveller, transaction);
    });

    return toView(profile);
  }

  /** Replaces a profile's fields. The version must match the stored one. */
  async update(
    applicant: ApplicantPrincipal,
    id: string,
    version: number,
    traveller: TravellerProfileInput,
  ): Promise<TravellerProfileView> {
    await this.write(async (transaction) => {
      await lockApplicant(applicant.id, transaction);
      await this.findCurrent(applicant, id, version, transaction);

      if (await documentTaken(applicant.id, traveller, { exceptId: id, transaction })) {
        throw duplicateDocumentError();
      }
      if (!(await replaceProfile(id, version, traveller, transaction))) {
        throw new VersionConflictError();
      }
    });

    return this.view(applicant, id);
  }

  /** Deletes a profile. The version must match the stored one, so a profile edited meanwhile stays. */
  async remove(applicant: ApplicantPrincipal, id: string, version: number): Promise<void> {
    await this.write(async (transaction) => {
      await this.findCurrent(applicant, id, version, transaction);

      if (!(await deleteProfile(id, version, transaction))) {
        throw new VersionConflictError();
      }
    });
  }

  /**
   * Runs a write in a transaction. The unique index on the document is the last guard against
   * a duplicate, and its violation gets the same 400 as the check before the write.
   */
  private async write<T>(work: (transaction: Transaction) => Promise<T>): Promise<T> {
    try {
      return await this.sequelize.transaction(work);
    } catch (error) {
      if (error instanceof UniqueConstraintError) {
        throw duplicateDocumentError();
      }
      throw error;
    }
  }

  private async findOwn(
    applicant: ApplicantPrincipal,
    id: string,
    transaction?: Transaction,
  ): Promise<TravellerProfileModel> {
    const profile = await findProfile(applicant.id, id, transaction);
    if (!profile) {
      throw new NotFoundError();
    }
    return profile;
  }

  private async findCurrent(
    applicant: ApplicantPrincipal,
    id: string,
    version: number,
    transaction: Transaction,
  ): Promise<TravellerProfileModel> {
    const profile = await this.findOwn(applicant, id, transaction);
    if (profile.version !== version) {
      throw new VersionConflictError();
    }
    return profile;
  }
}
