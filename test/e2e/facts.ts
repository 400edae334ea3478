import type { Storage } from 'botbuilder';
import type { Profile } from '../../src/eligibility/types';

/** Statements that each carry facts the bot reads in any order, in or out of the eligibility check. */
export const FACT_MESSAGES: readonly string[] = [
  "I'm a citizen of Germany",
  'I was born on 12 March 1999',
  "I'm a student at a university",
  'I have a job offer in Canada',
  'the internship is linked to my field of study',
  'the internship is required for my degree',
  'the job is TEER 2',
  'the internship runs from 1 June 2027 to 30 November 2027',
  'my passport expires on 14 May 2031',
  'I have 3000 dollars saved',
  'I will have health insurance',
  'I have a return ticket',
  'I am travelling alone',
  'I live in my country of citizenship',
  'I have never taken part in IEC before',
];

/** The profile {@link FACT_MESSAGES} make together. */
export const PROFILE_FROM_FACTS: Profile = {
  citizenship: 'DE',
  dateOfBirth: '1999-03-12',
  enrolled: true,
  hasJobOffer: true,
  linkedToStudies: true,
  requiredForStudies: true,
  teer: 2,
  internshipStart: '2027-06-01',
  internshipEnd: '2027-11-30',
  passportExpiry: '2031-05-14',
  hasFunds: true,
  hasInsurance: true,
  hasDepartureTicket: true,
  hasDependants: false,
  residentInCitizenshipCountry: true,
  earlierParticipations: 0,
};

/** The eligibility profile stored for the Web Chat test user in a conversation. */
export async function storedProfile(storage: Storage, conversationId: string): Promise<Profile | undefined> {
  const key = `webchat/conversations/${conversationId}/users/dl_user-1/`;
  const state = (await storage.read([key]))[key] as { eligibilityCheck?: { profile: Profile } } | undefined;
  return state?.eligibilityCheck?.profile;
}
