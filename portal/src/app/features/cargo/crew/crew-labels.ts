import type { TravellerLabelKeys } from '../../../shared/forms/validation-text';

/** The travellers of a truck crossing in field labels: the driver, then the crew. */
export const CREW_LABELS: TravellerLabelKeys = {
  first: 'fields.driver',
  other: 'fields.crewMember',
  list: 'fields.driverAndCrew',
};
