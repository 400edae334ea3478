import { Culture, recognizeCurrency } from '@microsoft/recognizers-text-suite';
import type { Profile, ProfileField } from '../eligibility/types';
import { NUMBER_WORD } from './parseAge';
import { parseCount } from './parseCount';

/** The yes/no facts a plain statement can give. */
export type CueField =
  | 'enrolled' | 'hasJobOffer' | 'hasDependants' | 'hasInsurance' | 'hasDepartureTicket'
  | 'linkedToStudies' | 'requiredForStudies' | 'residentInCitizenshipCountry' | 'admissible';

/** Funds the rules ask for on landing, in Canadian dollars. */
export const MINIMUM_FUNDS_CAD = 2500;

interface Cue {
  field: CueField;
  /** Statements that say no; checked before `yes`. */
  no: RegExp[];
  yes: RegExp[];
  /** When set, the clause must also match this for the cue to count. */
  topic?: RegExp;
  /** When set, a clause that matches this says nothing ("an interview for an internship"). */
  not?: RegExp;
  /** Statements that say no even when another clause says yes ("I have kids but they'll stay home"). */
  overridingNo?: RegExp[];
  /** Statements that say no only when no clause says yes ("I graduated in May" but "now doing a masters"). */
  fallbackNo?: RegExp[];
  /** Words that speak of the fact without settling it ("a criminal record"), and what to ask then. */
  unsettled?: { words: RegExp; ask: string };
}

const I_AM = String.raw`(?:i'm|i am|im)`;
const I_HAVE = String.raw`(?:i have|i've got|i have got|i've|i got)`;
const KIDS = String.raw`(?:kids?|children|child|sons?|daughters?|baby|babies|dependants?|dependents?)`;
const STUDIES = String.raw`(?:studies|field|degree|major|program|programme|course|curriculum)`;
const DEGREE = String.raw`(?:bachelor'?s?|master'?s?|msc|mba|bsc|phd|doctorate|degree|diploma|studies|undergrad|undergraduate|postgrad|exchange semester|semester abroad)`;
const SCHOOL = String.raw`(?:uni|university|college|grad school|business school|law school|polytechnic)`;
/** "student" naming a role or a thing, not the person's studies: "student advisor", "student loan". */
const NOT_A_STUDENT = String.raw`(?!\s+(?:advisor|adviser|counsel+or|officer|union|loans?|visa|jobs?|services|recruiter|worker|housing|card|discount|permit|affairs|support)\b)`;
const NTH = String.raw`(?:first|second|third|fourth|fifth|final|last|\d(?:st|nd|rd|th))`;
/** Who has the offer, when the person leaves out the "I": "got an internship", "25 and have a contract". */
const OFFER_SUBJECT = String.raw`(?:^|\b(?:i|i've|ive|and|also|just|already|now|finally)\s+)`;
const OFFER_VERB = String.raw`(?:have (?:got|gotten|received|secured|found|signed|landed|accepted|been offered)|have|got|gotten|received|was offered|been offered|secured|found|signed|landed|accepted)`;
const OFFER = String.raw`(?:offer|contract|internship|placement|co-?op)`;
/** Offers still to come or only looked at; "no" statements are matched before this. */
const NO_OFFER_YET = /\b(?:phone|mobile|house|flat|apartment|car|rent|lease|landlord|gym|bank|interviews?|interviewing|apply|applied|applying|applications?|looking|searching|hope|hoping|want|waiting|pending|postings?|listings?|ads?|needs?\s+(?:to\s+(?:find|get|have|secure)\s+)?(?:an?\s+)?(?:[\w-]+\s+)?(?:offer|job|internship|contract|placement))\b/;
/** Words that make a clause say nothing for sure: "if I have insurance", "not sure whether I'm enrolled". */
const NEGATED = /\b(?:no|not|never|without|clean)\b|n't\b/;
/** Someone else: "my brother got an internship", "she has kids". */
const OTHER_PERSON = /\b(?:(?:my|a|her|his)\s+(?:friends?|brothers?|sisters?|partner|girlfriend|boyfriend|wife|husband|cousins?|roommates?|classmates?|mom|mum|dad|mother|father|parents|colleagues?)|he|she|they|someone|somebody)\b/;
const HEDGE = /\b(?:if(?!\s+(?:that|it|this|relevant|needed|important)\b)|whether|not sure|unsure|(?:don't|do not|dont) know|wonder|wondering|might|maybe|perhaps|once|in case|planning|thinking (?:of|about)|considering)\b/;

const CUES: Cue[] = [
  {
    field: 'enrolled',
    no: [
      new RegExp(String.raw`\b${I_AM}\s+(?:not|no longer)\s+(?:a\s+|an\s+)?(?:[\w'-]+\s+){0,2}?(?:student|enrolled|studying|registered)\b`),
      /\bnot\s+(?:currently\s+)?(?:enrolled|registered|a student|studying)\b/,
      /\bi\s+(?:don't|do not|no longer)\s+study\b/,
      /\bno longer\s+(?:a student|enrolled|studying)\b/,
    ],
    not: /\b(?:(?:stopped|quit|finished|done)\s+(?:studying|with (?:my\s+)?studies)|used to|former|was (?:an?\s+)?(?:[\w'-]+\s+)?(?:student|studying|enrolled)|(?:want|wanna|going|plan|hope|will|'ll|start|starting)\s+(?:to\s+)?(?:be\s+)?(?:an?\s+)?(?:study|studying|student|enrolled|enroll))\b/,
    yes: [
      new RegExp(String.raw`\b(?:${I_AM}|and)\s+(?:currently\s+|still\s+|now\s+)?(?:a|an)\s+(?:[\w'-]+\s+){0,5}?student\b${NOT_A_STUDENT}`),
      new RegExp(String.raw`\b${I_AM}\s+(?:currently\s+|still\s+|now\s+)?(?:enrolled|registered|studying)\b`),
      /\bi\s+(?:currently\s+)?study\b/,
      /^(?:currently\s+)?(?:studying|studyin'?|enrolled|registered)(?!\w)/,
      /\b(?:i|i'm|im|i am)\b.*\bstudyin(?:g|')?(?!\w)/,
      /^(?:an?\s+)?(?:[\w'./-]+\s+){0,3}?student(?:\s+(?:at|in|of|from|here)\b.*)?[^\w]*$/,
      new RegExp(String.raw`^(?:currently\s+|still\s+)?(?:in|at)\s+${SCHOOL}\b`),
      new RegExp(String.raw`\b(?:doing|pursuing|finishing|completing|working on)\s+(?:a|an|my|the)\s+(?:[\w'-]+\s+)?${DEGREE}(?!\s+(?:certificate|diploma))\b`),
      new RegExp(String.raw`\bin\s+(?:my|the)\s+${NTH}\s+(?:year|yr|semester|term)\b(?!\s+(?:of|at|in)\s+(?:work|working|my job|the job|my career|employment))`),
      new RegExp(String.raw`\bin\s+${NTH}\s+(?:year|yr|semester|term)\s+(?:of|at|in)\s+(?:my\s+|the\s+)?(?:${SCHOOL}|school|${DEGREE})\b`),
      new RegExp(String.raw`^${NTH}[- ](?:year|semester)\s+(?:of|at|in)\b`),
      new RegExp(String.raw`\bi\s+(?:go to|attend|am at|'m at)\s+(?:a\s+|the\s+)?${SCHOOL}\b`),
      new RegExp(String.raw`\b${I_AM}\s+(?:currently\s+|still\s+)?(?:at|in)\s+${SCHOOL}\b`),
    ],
    fallbackNo: [
      new RegExp(String.raw`(?:^|\bi\s+)(?:just\s+|already\s+|recently\s+)?(?:graduated|finished (?:my\s+)?(?:studies|degree|${SCHOOL}|school|${DEGREE}))\b`),
      new RegExp(String.raw`\b${I_AM}\s+(?:an?\s+)?(?:recent\s+)?(?:graduate|grad)\b(?!\s+(?:student|school))`),
      /\b(?:stopped|quit|finished|done)\s+(?:studying|with (?:my\s+)?studies)\b/,
    ],
  },
  {
    field: 'hasJobOffer',
    no: [
      /\b(?:no|don't have an?|do not have an?|haven't (?:got|found|received|secured|gotten) an?|without an?|not yet|still (?:looking|searching) for an?|looking for an?|searching for an?|need to find an?)\s+(?:[\w-]+\s+){0,2}?(?:offer|contract|internship|placement|job|employer)\b/,
    ],
    not: NO_OFFER_YET,
    unsettled: { words: NO_OFFER_YET, ask: 'Do you already have a signed job offer or contract? Please answer yes or no.' },
    overridingNo: [/\b(?:(?:not|isn't|is not|wasn't) (?:yet )?signed|(?:haven't|have not|hasn't|has not|didn't|did not) (?:yet )?(?:been )?signed|unsigned)\b/],
    yes: [
      new RegExp(String.raw`${OFFER_SUBJECT}${OFFER_VERB}\s+(?:an?\s+|the\s+|my\s+)?(?:[\w-]+\s+){0,3}?${OFFER}\b`),
      /^(?:an?\s+|the\s+|my\s+)?signed\s+(?:[\w-]+\s+){0,2}?(?:offer|contract|letter)\b/,
      /\b(?:offer|contract|internship|placement|co-?op)\s+(?:is\s+|was\s+|has been\s+|already\s+)*(?:signed|confirmed|secured|finali[sz]ed)\b/,
      /\boffered me\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:internship|placement|position|job|contract)\b/,
      /\b(?:accepted|hired|selected)\s+(?:for|into|as)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:internship|placement|position|intern)\b/,
    ],
  },
  {
    field: 'hasDependants',
    no: [
      new RegExp(String.raw`\bno\s+${KIDS}\b`),
      new RegExp(String.raw`\b(?:don't|do not|won't|will not|not)\s+(?:have|bring|bringing|take|taking)\s+(?:any\s+|my\s+)?${KIDS}`),
      /\b(?:travel(?:l?ing)?|come|coming|go|going|move|moving)\s+(?:alone|on my own|by myself|solo)\b/,
      new RegExp(String.raw`\bwithout\s+(?:my\s+|any\s+)?${KIDS}`),
      /\bchildless\b/,
    ],
    yes: [
      new RegExp(String.raw`\b(?:${I_HAVE}|(?:and|also)\s+(?:have|got))\s+(?:(?:a|an|\d+|one|two|three|four|some|small|young|little)\s+)*${KIDS}\b`),
      new RegExp(String.raw`\b(?:bring|bringing|take|taking|come with|coming with|travel(?:l)?ing with)\s+(?:my|our)\s+(?:[\w-]+\s+)?${KIDS}\b`),
      new RegExp(String.raw`\b(?:my|our)\s+(?:[\w-]+\s+)?${KIDS}\s+(?:will|'ll|is|are|is going to|are going to)\s+(?:also\s+)?(?:come|coming|join|joining|travel\w*)\s+with\s+(?:me|us)\b`),
      new RegExp(String.raw`\b(?:${I_HAVE}|(?:and|also)\s+(?:have|got))\s+an?\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:year|month)s?[- ]old\b`),
      new RegExp(String.raw`^(?:[\w']+\s+){0,3}?(?:my|our)\s+(?:[\w-]+\s+)?${KIDS}\s+(?:is|are)\s+(?:\d+|aged|ages|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen)\b`),
    ],
    overridingNo: [
      new RegExp(String.raw`\b(?:they|${KIDS}|he|she)(?:'ll|'re|\s+will|\s+are|\s+is|\s+are going to|\s+is going to)?\s+(?:stay|stays|staying|remain|remaining)\s+(?:at home|home|behind|with|in)\b`),
      new RegExp(String.raw`\b(?:they|${KIDS}|he|she)\s+(?:won't|will not|aren't|are not|isn't|is not)\s+(?:be\s+)?(?:come|coming|join|joining|travel\w*|accompany\w*)\b`),
      new RegExp(String.raw`\b(?:leave|leaving)\s+(?:them|him|her|my\s+(?:[\w-]+\s+)?${KIDS})\s+(?:at home|behind|with)\b`),
    ],
  },
  {
    field: 'hasInsurance',
    no: [
      /\b(?:no|don't have|do not have|haven't (?:got|bought)|without|can't (?:get|afford)|cannot (?:get|afford)|won't (?:get|have))\s+(?:any\s+)?(?:[\w-]+\s+)?insurance\b/,
    ],
    yes: [
      new RegExp(String.raw`\b(?:${I_HAVE}|i'll (?:get|buy|take out|have)|i will (?:get|buy|take out|have)|i can (?:get|buy|take out|afford)|i (?:have )?bought|i've bought|i've taken out|i took out|covered by)\s+(?:an?\s+|the\s+|my\s+)?(?:[\w-]+\s+){0,2}?insurance\b`),
      /\b(?:i'm|i am|i'll be|i will be)\s+(?:fully\s+)?(?:insured|covered)\b/,
      /^(?:have|got|bought|booked|already have|already got)\s+(?:an?\s+|the\s+|my\s+)?(?:[\w-]+\s+){0,2}?insurance\b/,
      /^(?:[\w-]+\s+)?insurance\s+(?:is\s+)?(?:sorted|booked|bought|done|covered|arranged)\b/,
    ],
  },
  {
    field: 'hasDepartureTicket',
    no: [],
    yes: [
      new RegExp(String.raw`\b(?:${I_HAVE}|i (?:have )?bought|i've bought|i (?:have )?booked|i've booked|i'll (?:buy|book)|i will (?:buy|book))\s+(?:an?\s+|my\s+|the\s+)?(?:return|round[- ]trip|departure|onward)\s+(?:ticket|flight)\b`),
      /\b(?:money|funds|enough)\s+(?:for|to (?:buy|book|pay for))\s+(?:a|the|my)\s+(?:return|departure|flight|ticket|way back)/,
      /^(?:have|got|bought|booked|already have|already booked)\s+(?:an?\s+|my\s+|the\s+)?(?:return|round[- ]trip|departure|onward)\s+(?:ticket|flight)s?\b/,
      /^(?:an?\s+|my\s+|the\s+)?(?:return|round[- ]trip|departure|onward)\s+(?:ticket|flight)s?\s+(?:is\s+|are\s+)?(?:booked|bought|sorted|purchased)\b/,
      /\b(?:flights?|tickets?)\s+(?:(?:are|is)\s+)?(?:booked|bought)\s+(?:both ways|there and back|in both directions)\b/,
    ],
  },
  {
    field: 'linkedToStudies',
    no: [
      new RegExp(String.raw`\b(?:not|isn't|is not|no link)\s+(?:really\s+)?(?:related|linked|relevant|connected)?\s*to my\s+${STUDIES}\b`),
      /\bunrelated to my\b/,
      /\boutside (?:of )?my field\b/,
    ],
    yes: [
      new RegExp(String.raw`\b(?:related|linked|relevant|connected) to my\s+${STUDIES}\b`),
      /\bin my field(?: of study)?\b/,
      new RegExp(String.raw`\bpart of my\s+${STUDIES}\b`),
    ],
  },
  {
    field: 'requiredForStudies',
    topic: /\b(?:internship|placement|co-?op|work term|it|degree|program|programme|studies|graduate)\b/,
    no: [/\b(?:optional|voluntary|not (?:mandatory|required|compulsory|obligatory|needed|a requirement))\b/],
    yes: [
      /\b(?:mandatory|required|compulsory|obligatory|a requirement|needed)\b[^.,;]{0,30}\b(?:degree|studies|program|programme|course|graduate|graduation|diploma|curriculum|university|school)\b/,
      /\b(?:mandatory|compulsory|required|obligatory)\s+(?:internship|placement|co-?op|work term)\b/,
      /\bneed (?:it|this|the internship|an internship|the placement) to graduate\b/,
      /\b(?:internship|placement|co-?op|work term|it)\b.*\b(?:is|'s|are)\s+(?:\w+\s+)?(?:mandatory|compulsory|required|obligatory|a requirement)\b(?!\s+(?:to|for|by)\b)/,
      /\b(?:uni|university|school|college|program|programme|degree|course|faculty|curriculum)\s+(?:requires|demands|mandates)\s+(?:it|this|the|an?)\b/,
      /\b(?:required|mandatory|compulsory)\s+by\s+(?:my|the)\s+(?:uni|university|school|college|program|programme|degree|course|faculty)\b/,
    ],
  },
  {
    field: 'admissible',
    unsettled: {
      words: /\b(?:criminal|record|convictions?|convicted|dui|dwi|arrested|charged|offen[cs]es?|refused|denied|deported|removed|overstay\w*|banned)\b/,
      ask: 'Are you admissible to Canada? Please answer yes or no.',
    },
    no: [new RegExp(String.raw`\b${I_AM}\s+(?:not admissible|inadmissible)\b`)],
    yes: [
      /\b(?:no|don't have an?|do not have an?|never had an?|without an?|clean)\s+(?:criminal|police)\s+(?:record|history|past|convictions?)\b/,
      /\b(?:clean record|no (?:criminal )?convictions?)\b/,
      /\bnever\s+(?:been\s+|had\s+)?(?:convicted|arrested|charged|deported|removed from canada|(?:refused|denied)\s+(?:entry|(?:an?\s+)?(?:canadian\s+)?(?:visas?|permits?|admission|boarding))|banned|committed a crime|in trouble with the (?:law|police)|(?:any\s+)?(?:trouble|problems|issues) with (?:the\s+)?(?:law|police|immigration))\b/,
      new RegExp(String.raw`\b${I_AM}\s+(?:fully\s+)?admissible\b`),
    ],
  },
  {
    field: 'residentInCitizenshipCountry',
    no: [
      /\b(?:i\s+(?:live|reside|am living|'m living|currently live)|living)\s+abroad\b/,
      /\bi\s+(?:don't|do not)\s+live in my (?:home )?country\b/,
    ],
    yes: [
      /\bi\s+(?:live|reside|am living|'m living|currently live)\s+(?:in\s+)?(?:my (?:home )?country|my country of (?:citizenship|nationality)|the country of my citizenship)\b/,
    ],
  },
];

const FIRST_PERSON = /\b(?:i|i'm|im|i've|i'll|my|we|we've|our)\b|^(?:have|got|saved|with|bringing)\b/;
const FUNDS_TOPIC = /\b(?:have|got|saved|savings|funds|money|budget|bring|bringing|cash|account)\b/;
const NOT_FUNDS = /\b(?:earn|earning|salary|paid|pay|wage|cost|costs|fee|fees|rent|price)\b/;
const NO_FUNDS = /\b(?:not enough|don't have enough|do not have enough|insufficient|no|lack|short of|can't afford)\s+(?:\w+\s+)?(?:money|funds|savings|cash)\b/;
const ENOUGH_FUNDS = /\b(?:enough|sufficient|plenty of|the required)\s+(?:\w+\s+)?(?:money|funds|savings|cash)\b/;
/** A digit, "grand" or a number word, without which no amount is written (the currency recognizer is not asked then). */
const hasAmountCue = (text: string): boolean => /\d|\bgrand\b/i.test(text) || NUMBER_WORD.test(text);
const CAD_PREFIX = /\b(?:cad|c\$)\s*(\d{1,3}(?:[, ]\d{3})+|\d+)\b/;

const IEC_TOPIC = /\b(?:iec|whv|working holiday|young professionals|international experience canada|international co-?op|participat\w*)\b/;
/** A working holiday in another country is no IEC participation: "a WHV in Australia". */
const ELSEWHERE = /\b(?:in|to)\s+(?:the\s+)?(?:australia|new zealand|nz|japan|korea|south korea|taiwan|uk|united kingdom|ireland|france|germany|argentina|chile|europe|asia)\b/;
const NEVER_TAKEN_PART = /\b(?:never|not)\s+(?:\w+\s+){0,2}?(?:participated|been on|done|taken part|applied|had)\b|\bfirst (?:time|participation)\b/;
const TIMES = /\b(?:once|twice|thrice|one time|two times|three times|\d+ times)\b/;
const TOOK_PART = /\b(?:i did|i've done|i have done|i had|i've had|i was on|i participated in|i took part in|(?:i was |i've been |i have been |i lived |i worked )?in canada (?:on|with))\s+(?:a |an |the |one )?(?:iec|whv|working holiday|young professionals)\b/;

/** Labels of a form-like message ("Student: yes, Job offer: no") and what "yes" under them means. */
const FORM_LABELS: [CueField, RegExp, { yes?: boolean; no?: boolean }][] = [
  ['enrolled', /(?:student|enrolled|studying)/, { yes: true, no: false }],
  ['hasJobOffer', /(?:(?:signed\s+)?(?:job\s+|internship\s+)?offer|contract)/, { yes: true, no: false }],
  ['hasDependants', new RegExp(KIDS), { yes: true, no: false }],
  ['hasInsurance', /(?:health\s+)?insurance/, { yes: true, no: false }],
  ['hasDepartureTicket', /(?:return\s+)?ticket/, { yes: true, no: false }],
  ['admissible', /admissible/, { yes: true, no: false }],
  ['admissible', /criminal record/, { no: true }],
  ['requiredForStudies', /(?:mandatory|required|compulsory)/, { yes: true, no: false }],
];
const FORM_ANSWER = String.raw`\s*[:=]\s*(yes|y|yeah|yep|true|no|n|nope|none|false)\b`;

function formAnswers(clause: string, facts: Partial<Profile>): void {
  for (const [field, label, meaning] of FORM_LABELS) {
    const m = new RegExp(String.raw`(?:^|\s)${label.source}${FORM_ANSWER}`).exec(clause);
    if (m === null || facts[field] !== undefined) continue;
    const value = /^(?:yes|y|yeah|yep|true)$/.test(m[1]) ? meaning.yes : meaning.no;
    if (value !== undefined) facts[field] = value;
  }
}

/** "I have a job offer and health insurance": what "have" governs, second item of the list. */
const HAVE_LIST = new RegExp(String.raw`^(.*?\b(?:have|got|'ve)\s+)(?:.+?)\s+(?:and|&|\+)\s+((?:a|an|the|some|no|any|\d+|one|two|three|four|health|travel|medical|enough|my|return|${KIDS}|insurance)\b.*)$`);

/** The clause, and for a list after "have" the clause of its second item ("I have health insurance"). */
function distributed(clause: string): string[] {
  const m = HAVE_LIST.exec(clause);
  return m === null ? [clause] : [clause, `${m[1]}${m[2]}`];
}

/** True if the clause speaks of someone else and not of the person: "my brother got an internship". */
function aboutSomeoneElse(clause: string): boolean {
  return OTHER_PERSON.test(clause) && !/\b(?:i|i'm|im|i've|me)\b/.test(clause);
}

/** Splits a statement where a "no" or "yes" stops applying: sentence ends, commas, "but". */
export function clausesOf(text: string): string[] {
  return text.toLowerCase().split(/[.!?;,]+(?:\s|$)|,(?!\d)|(?<!\d),|\s+but\s+|\s+[-–—]\s+/).map((c) => c.trim()).filter((c) => c !== '');
}

/**
 * Yes/no facts stated in plain words: "I'm a student", "no kids", "I have health insurance", "no
 * criminal record". A criminal record is not by itself inadmissibility: only "I'm inadmissible" says no.
 */
export function findCueFacts(text: string): Partial<Profile> {
  const facts: Partial<Profile> = {};
  const clauses = clausesOf(text).flatMap(distributed);
  const says = (patterns: RegExp[] | undefined, others: boolean): boolean => clauses.some(
    (clause) => !HEDGE.test(clause) && (others || !aboutSomeoneElse(clause)) && patterns?.some((p) => p.test(clause)) === true,
  );
  for (const cue of CUES) if (says(cue.overridingNo, true)) facts[cue.field] = false;
  for (const clause of clauses) formAnswers(clause, facts);
  for (const clause of clauses) {
    for (const cue of CUES) {
      if (facts[cue.field] !== undefined || (cue.topic !== undefined && !cue.topic.test(clause)) || HEDGE.test(clause) || aboutSomeoneElse(clause)) continue;
      if (cue.no.some((p) => p.test(clause))) facts[cue.field] = false;
      else if (cue.not?.test(clause) !== true && cue.yes.some((p) => p.test(clause))) facts[cue.field] = true;
    }
  }
  for (const cue of CUES) if (facts[cue.field] === undefined && says(cue.fallbackNo, false)) facts[cue.field] = false;
  return facts;
}

/**
 * What to ask when the message speaks of `field` without settling it, so that a leading "yes" or
 * "I have" is not read as the answer: "I have a criminal record" to the admissibility question.
 */
export function unsettledCue(field: ProfileField, text: string): string | undefined {
  const cue = CUES.find((c) => c.field === field);
  if (cue?.unsettled === undefined || findCueFacts(text)[cue.field] !== undefined) return undefined;
  const settles = (clause: string): boolean => cue.unsettled?.words.test(clause) === true && !NEGATED.test(clause);
  return clausesOf(text).some(settles) ? cue.unsettled.ask : undefined;
}

/** An amount in Canadian dollars ("$3000", "3,000 CAD", "3000 dollars"); undefined for other currencies. */
export function canadianAmount(text: string): number | undefined {
  const prefixed = CAD_PREFIX.exec(text.toLowerCase());
  if (prefixed !== null) return Number(prefixed[1].replace(/[, ]/g, ''));
  if (!hasAmountCue(text)) return undefined;
  for (const r of recognizeCurrency(text, Culture.English)) {
    const resolution = r.resolution as { value?: string; unit?: string; isoCurrency?: string };
    const canadian = resolution.isoCurrency === 'CAD' || (resolution.unit === 'Dollar' && resolution.isoCurrency === undefined);
    if (canadian && resolution.value !== undefined) return Number(resolution.value);
  }
  return undefined;
}

/**
 * Whether the person says they have the funds: "I have enough money", "I have 3000 dollars"
 * (at least CAD 2,500). Amounts in other currencies are not converted: no answer.
 */
export function findFunds(text: string): boolean | undefined {
  for (const clause of clausesOf(text)) {
    if (!FIRST_PERSON.test(clause) || NOT_FUNDS.test(clause)) continue;
    if (NO_FUNDS.test(clause)) return false;
    if (ENOUGH_FUNDS.test(clause)) return true;
    if (!FUNDS_TOPIC.test(clause)) continue;
    const amount = canadianAmount(clause);
    if (amount !== undefined) return amount >= MINIMUM_FUNDS_CAD;
  }
  return undefined;
}

/** Earlier IEC participations when the person mentions them: "never done IEC", "I did a working holiday". */
export function findParticipations(text: string): number | undefined {
  for (const clause of clausesOf(text)) {
    if (!IEC_TOPIC.test(clause) || ELSEWHERE.test(clause)) continue;
    if (NEVER_TAKEN_PART.test(clause)) return 0;
    const times = TIMES.exec(clause);
    if (times !== null) {
      const count = parseCount(times[0]);
      if (count.ok) return count.value;
    }
    if (TOOK_PART.test(clause)) return 1;
  }
  return undefined;
}
