/**
 * Text normalisation shared by the FAQ matcher and the country resolver: lowercase, accents and
 * punctuation stripped, hyphenated compounds joined ("co-op" -> "coop"), apostrophes dropped
 * ("what's" -> "whats"), digit groups joined ("2,500" -> "2500"), letters drawn out for emphasis cut to one
 * ("heyyy" -> "hey").
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/(\d)[,.](?=\d{3}\b)/g, '$1')
    .replace(/['’‘`]/g, '')
    .replace(/(\p{L})-(?=\p{L})/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/(\p{L})\1{2,}/gu, '$1')
    .trim();
}

/** Chat shorthand read as the word it stands for. */
const SHORTHAND: ReadonlyMap<string, string> = new Map([
  // Short words too short for typo correction, with two letters swapped.
  ['hwo', 'how'],
  ['hw', 'how'],
  ['waht', 'what'],
  ['whta', 'what'],
  ['teh', 'the'],
  ['uni', 'university'],
  ['stream', 'category'],
  ['streams', 'categories'],
  ['scheme', 'program'],
  ['schemes', 'programs'],
  ['max', 'maximum'],
  ['min', 'minimum'],
  ['docs', 'documents'],
  ['doc', 'document'],
  ['reqs', 'requirements'],
  ['yrs', 'years'],
  ['yr', 'year'],
  ['mths', 'months'],
  ['govt', 'government'],
  ['intl', 'international'],
  ['b4', 'before'],
  ['u', 'you'],
  ['ur', 'your'],
  ['r', 'are'],
  ['cuz', 'because'],
  ['tho', 'though'],
  ['wanna', 'want'],
  ['wat', 'what'],
  ['wut', 'what'],
  ['shud', 'should'],
  ['shld', 'should'],
  ['cud', 'could'],
  ['wud', 'would'],
  ['wht', 'what'],
  ['abt', 'about'],
  ['bc', 'because'],
  ['cos', 'because'],
  ['coz', 'because'],
  ['bf', 'boyfriend'],
  ['gf', 'girlfriend'],
  ['bday', 'birthday'],
  ['ppl', 'people'],
  ['thru', 'through'],
  ['w', 'with'],
  ['smth', 'something'],
  ['sth', 'something'],
  ['dunno', 'know'],
  ['kinda', 'kind'],
  ['sorta', 'sort'],
  ['lemme', 'let'],
  ['rn', 'now'],
  ['tbh', 'honestly'],
]);

/** Irregular past forms read as the verb, so they meet the knowledge base's own words ("found" -> "find"). */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['found', 'find'],
  ['paid', 'pay'],
  ['bought', 'buy'],
  ['chose', 'choose'],
  ['chosen', 'choose'],
  ['began', 'begin'],
  ['begun', 'begin'],
  ['brought', 'bring'],
  ['took', 'take'],
  ['taken', 'take'],
  ['sent', 'send'],
  ['spent', 'spend'],
  ['wrote', 'write'],
  ['written', 'write'],
  ['flew', 'fly'],
  ['flown', 'fly'],
  ['studied', 'study'],
  ['applied', 'apply'],
]);

/** Words that students from the participating countries carry over from their own languages. */
const BORROWED: ReadonlyMap<string, string> = new Map([
  ['praktikum', 'internship'],
  ['practicum', 'internship'],
  ['stagiaire', 'intern'],
  ['pasaporte', 'passport'],
  ['passeport', 'passport'],
  ['assurance', 'insurance'],
  ['versicherung', 'insurance'],
  ['attestation', 'proof'],
  ['immatriculation', 'enrolment'],
]);

/** Words of one family that the light stemmer keeps apart, read as the word the knowledge base uses. */
const FAMILY: ReadonlyMap<string, string> = new Map([
  ['applicant', 'apply'],
  ['applicants', 'apply'],
  ['matriculation', 'enrolment'],
]);

/** Idioms made only of function words, read as the content word they mean. */
const IDIOMS: readonly [RegExp, string][] = [
  [/\bco op\b/g, 'coop'],
  [/\bbased on\b/g, 'by'],
  [/\b(?:has|have|had) (?:something |anything )?to do with\b/g, 'related to'],
  [/\blin(?:e|es|ed|ing) up with\b/g, 'match'],
  [/\b(?:right now|at the moment|at present|currently)\b/g, 'now'],
  [/\bgo(?:es|ing)? ahead(?: and)?\b/g, 'go'],
  [/\b(?:my|our|your|their|the) countrys\b/g, 'my'],
  [/\b((?:im|i am|and|aged?) \d{2}\b(?! (?:weeks?|days?|months?|hours?))(?:\s+\S+){0,8}?\s+)too late\b/g, '$1too old'],
  [/\bat the time(?: of)?\b/g, 'during'],
  [
    /\b(?:did|done|had|finished|completed|was on|were on|been on|after) (?:a |an |my |the |one )?(working holiday|whv|young professionals|iec)\b/g,
    'previous $1',
  ],
  [/\b(working holiday|whv)(?: visa)? (?:ended|ends|is over|was over|finished|expired)\b/g, 'previous $1'],
  [/\bset (?:me|us|you|them) back\b/g, 'cost'],
  [/\b(?:the|whats the) point of\b/g, 'the purpose of'],
  [/\bin the first place\b/g, ''],
  // "This category" is the one the conversation is about: co-op.
  [/\b(under|in|on|through|via) this (?:category|stream|program|programme|scheme)\b/g, '$1 coop'],
  [/\b(?:drink|drunk)[ -]?driving\b|\bdui\b|\bdwi\b/g, 'conviction'],
  // The figures of the knowledge base written in words.
  [/\btwenty[ -]?four\b/g, '24'],
  [/\bthirty[ -]?five\b/g, '35'],
  [/\bthirty\b/g, '30'],
  [/\beighteen\b/g, '18'],
  [/\btwelve\b/g, '12'],
  [/\bsix\b/g, '6'],
  // "How much" asks a price, unless it asks how much time.
  [/\bhow much (?=(?:is|are|does|do|will|would|did|should|must|has|have|money|to)\b(?![^?.!]*\b(?:time|long|weeks|months|days)\b))/g, 'how much cost '],
  [/\b(?:get|gets|getting|got) paid\b/g, 'earn'],
  [/\b(?:pay|pays|paying) (?:me|us|him|her|them|interns?|students?)\b/g, 'earn'],
  [/\b(?:paid|unpaid) (?=internship|placement|job|position)/g, 'earn '],
  [/\b(?:from )?start to finish\b/g, 'step by step'],
  [/\b(take|takes|taking|took) (?:ages|forever)\b/g, '$1 long'],
  [/\b(?:allowed|permitted|let|let me|let us) (?:in|into|to enter|to come into) canada\b/g, 'admissible canada'],
  [/\b(?:a few|few|some|several|many|a couple of|a|an|one|two|three|\d+) (?:years?|months?|weeks?|days?) ago\b/g, 'ago'],
  [/\bmy (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ?(?:years?|yrs?) ?olds?\b/g, 'my child'],
  // Someone under 18, too young to apply: a child ("can my son come, he's 5?").
  [/\b(?:hes|shes|he is|she is|who is|whos) (?:[1-9]|1[0-7])(?: ?(?:years?|yrs?) ?old)?\b/g, 'child'],
];

/**
 * The words of a text after {@link normalizeText}, chat shorthand spelt out ("uni" -> "university")
 * and idioms of function words read as what they mean ("have something to do with" -> "related to",
 * "a few years ago" -> "ago").
 */
export function tokenize(text: string): string[] {
  const normalized = IDIOMS.reduce((t, [idiom, meaning]) => t.replace(idiom, meaning), normalizeText(text));
  if (normalized === '') return [];
  return normalized
    .split(' ')
    .map((word) => SHORTHAND.get(word) ?? IRREGULAR.get(word) ?? BORROWED.get(word) ?? FAMILY.get(word) ?? word);
}

/** Function words and conversational filler that carry no topic. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above actually after again against all also although am an and any anyone anything anyway anyways are arent
  as at basically be because been being below between both but by can cant could couldnt dear did didnt
  do does doesnt doing dont down during each either else etc even ever every few for from further
  get gets getting go going goes got gonna guess had hadnt has hasnt have havent having he hello her
  here hers herself hey hi him himself his honestly i id if ill im in into is isnt it its itself ive
  just kind kindly knew know knows let lets like may maybe me might mine more most much must my myself need needs no nor not now
  of off ok okay on once one only onto or other our ours ourselves out over own perhaps please pls plz
  quick quite rather really regarding said say says she should shouldnt so some someone something
  shall sort still such sure tell than thank thanks that thats the their theirs them themselves then there though
  theres these they theyre thing things think this those through thx to too under until up us very
  want wants was wasnt way we well were werent what whats whatever which while will with without
  wonder wondering wont would wouldnt yeah yes yet you youd youll your youre yours yourself yourselves whether
  youve whose whom whoever whichever whatsoever whereas whereby wherein upon within across among amongst
  around beyond via per unless however therefore thus hence albeit despite unlike otherwise regardless
  almost nearly always often sometimes afterwards beforehand throughout overall various several others
  none neither nobody noone somebody anybody anywhere everywhere nowhere seem seems seemed ought gotta
  apart aside except sorry excuse cheers regards greetings hiya sir madam
  hola bonjour salut hallo servus moin moien gruezi ciao buongiorno buenas hej hei tere ahoj bok zivjo kalimera
  danke merci gracias grazie obrigado obrigada tack takk tschuss adios stai tal gehts`.split(/\s+/),
);

/**
 * Conversational words that say nothing about the topic ("is that a problem?", "is it possible?",
 * "people keep mentioning it", "lol"); dropped like stopwords, so they neither match an entry nor count as unknown.
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set(
  `able acceptable affect affects ago allow allowed allows anymore approximately ask asking btw concern concerned
  confused confusing curious currently everybody everyone everything exactly fine general generally guys haha
  happen happens help hmm idk info issue issues keep keeps kept likely literally lol matter mention mentioned
  mentioning mentions mess ngl okey omg possible possibly probably problem question random roughly somehow
  specifically stuff supposed trouble true try trying unlikely wait worried worry`.split(/\s+/),
);

/** Whether a word carries no topic: a stopword or filler. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word) || FILLER_WORDS.has(word);
}

const VOWEL = /[aeiouy]/;
/** Suffixes stripped, with the shortest stem each may leave. */
const SUFFIXES: readonly [string, number][] = [
  ['ship', 4],
  ['ing', 3],
  ['ed', 3],
  ['ly', 4],
  ['al', 4],
];

/**
 * A light suffix stripper (plural, -ing, -ed, -ly, -al, final -e, doubled final consonant), applied
 * identically to the knowledge base and to questions. Numbers and words of up to 3 letters are kept.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const [suffix, shortest] of SUFFIXES) {
    const base = w.slice(0, -suffix.length);
    if (w.endsWith(suffix) && base.length >= shortest && VOWEL.test(base)) {
      w = base;
      break;
    }
  }
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 3) w = `${w.slice(0, -1)}i`;
  return w;
}
