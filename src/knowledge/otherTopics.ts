import type { FaqEntry } from './types';

/**
 * Questions people ask next to International Co-op that the knowledge base does not answer: other
 * permits and programs, settling in, travel. Ranked like an entry, this topic wins or competes when a
 * question shares words with the knowledge base but is about something else ("how much is a study
 * permit?", "what is the working holiday age limit?"), and the matcher then says it doesn't know.
 */
export const OTHER_TOPICS: FaqEntry = {
  id: 'other-topics',
  title: 'Other topics',
  phrasings: [
    'how do I apply for permanent residence in Canada',
    'how do I get PR through Express Entry',
    'how do I immigrate to Canada permanently',
    'how do I get a study permit or student visa',
    'do I need a visitor visa or eTA as a tourist',
    'how long is a postgraduate work permit PGWP valid',
    'can my spouse get an open work permit',
    'how do I extend or renew my work permit in Canada',
    'what are the requirements and age limit of the Working Holiday or Young Professionals category',
    'how do I become a Canadian citizen',
    'how do I get a social insurance number SIN',
    'how do I file my tax return and pay taxes in Canada',
    'how do I open a bank account in Canada',
    'how do I find an apartment or housing to rent',
    'what is the cost of living and the minimum wage',
    'how do I get a provincial health card like OHIP, RAMQ or MSP',
    'can I exchange my driving licence',
    'where can I search job vacancies and job boards',
    'how much is a flight and where are cheap flights',
    'can my kids go to school or daycare in Canada',
    'what is the legal drinking age or the age to rent a car',
    'which phone plan should I get',
    'what is the exchange rate',
    'how do I book an appointment at the embassy or a consulate',
    'can I apply for PR after my work permit ends',
    'do I need a work permit or visa for another country like the US',
    'do I need to give biometrics, fingerprints and a photo',
    'do I need an immigration medical exam or vaccines',
    'how do I get permanent residency after my work permit',
    'how many CRS points does Canadian work experience give',
    'can I take classes or study part-time at a Canadian college while on my permit',
  ],
  keywords: [
    'permanent residence', 'express entry', 'immigrate', 'study permit', 'student visa', 'visitor visa',
    'tourist', 'eta', 'pgwp', 'postgraduate', 'post-graduation', 'open work permit', 'extend', 'extension',
    'renew my work permit', 'working holiday requirements', 'young professionals requirements',
    'canadian citizen', 'canadian citizenship', 'social insurance number', 'sin', 'tax', 'taxes',
    'tax return', 'bank account', 'apartment', 'housing', 'rent', 'cost of living', 'minimum wage',
    'salary', 'provincial health card', 'ohip', 'ramq', 'msp', 'driving licence', "driver's license",
    'job vacancies', 'job boards', 'job bank', 'resume', 'cheap flights', 'daycare', 'kids school',
    'drinking age', 'car rental', 'phone plan', 'exchange rate', 'weather', 'usa', 'united states visa',
    'embassy', 'consulate', 'biometrics', 'biometric', 'fingerprints', 'medical exam', 'medical examination',
    'immigration medical', 'vaccine', 'vaccination', 'crs', 'crs points', 'renew my permit', 'extend my permit',
    'permit extension', 'stay permanently', 'take classes',
  ],
  answer: '',
  source: '',
  seasonal: false,
};
