import type { ProfileField } from './types';

/** One entry per field, so that the compiler rejects a list that misses one. */
const FIELD_SET: Record<ProfileField, true> = {
  citizenship: true, dateOfBirth: true, statedAge: true, enrolled: true, hasJobOffer: true, teer: true,
  linkedToStudies: true, requiredForStudies: true, internshipStart: true, internshipEnd: true, passportExpiry: true,
  hasFunds: true, hasInsurance: true, admissible: true, hasDepartureTicket: true, hasDependants: true,
  residentInCitizenshipCountry: true, earlierParticipations: true, australiaParticipationSince2015: true,
};

/** Every field of a profile. */
export const PROFILE_FIELDS = Object.keys(FIELD_SET) as ProfileField[];

/** Fields holding a `YYYY-MM-DD` date. */
export const DATE_FIELDS = ['dateOfBirth', 'internshipStart', 'internshipEnd', 'passportExpiry'] as const satisfies readonly ProfileField[];

/** Yes/no fields. */
export const BOOLEAN_FIELDS: readonly ProfileField[] = [
  'enrolled', 'hasJobOffer', 'linkedToStudies', 'requiredForStudies', 'hasFunds', 'hasInsurance', 'admissible',
  'hasDepartureTicket', 'hasDependants', 'residentInCitizenshipCountry', 'australiaParticipationSince2015',
];

/** Fields no criterion asks for: the stated age only stands in for the date of birth. */
export const NOT_ASKED_FIELDS: readonly ProfileField[] = ['statedAge'];
