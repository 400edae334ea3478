import { createCountryResolver, type CountryMention, type CountryResolver } from '../understanding/countryResolver';
import { countryAnswer, notParticipatingAnswer } from './countryAnswers';
import { FaqClassifier, type EntryProbability } from './faqClassifier';
import { FaqIndex, isTopicless, lastQuestion, type EntryScore, type QueryTerm } from './faqIndex';
import type { KnowledgeBase } from './loadKnowledge';
import { OTHER_TOPICS } from './otherTopics';
import { normalizeText, stem } from './textNormalizer';
import type { CountryRule, FaqEntry, MatchResult } from './types';

/** Answers a free-text question from the knowledge base, asks which topic was meant, or says it doesn't know. */
export interface FaqMatcher {
  match(question: string): MatchResult;
}

/** Answer when the best entry covers this share of the question's weight... */
const ANSWER_COVERAGE = 0.75;
/** ...with at least this weight of words, so a question of one common word ("Canada") is not enough... */
const ANSWER_WEIGHT = 1;
/** ...and ranks this many times above the runner-up... */
const ANSWER_MARGIN = 1.15;
/** ...or this many times, when it lacks words of the question that other entries have. */
const ANSWER_MISSED_MARGIN = 1.5;
/** Or, for a long question, when the best entry's relevance is at least this... */
const STRONG_SCORE = 5.5;
/** ...covers this share of it... */
const STRONG_COVERAGE = 0.15;
/** ...and ranks this many times above the runner-up, in a question of at least this many words. */
const STRONG_MARGIN = 1.4;
const LONG_QUESTION_TERMS = 6;
/** Or when it covers this share, with at least two distinctive words... */
const PARTIAL_COVERAGE = 0.5;
/** ...and ranks this many times above the runner-up. */
const PARTIAL_MARGIN = 2;
/** Or when it ranks this many times above the runner-up, covering this share with at least two distinctive words. */
const DOMINANT_MARGIN = 3;
const DOMINANT_COVERAGE = 0.5;
/** Either of the last two only when the known words it misses weigh at most this fraction of those it covers. */
const MISSED_SHARE = 0.5;
/** Offer a choice of topics when the best entry covers this share of the question. */
const CLARIFY_COVERAGE = 0.4;
/** Or when its relevance is at least this. */
const CLARIFY_SCORE = 2.5;
/** Topics offered besides the best must rank at least this fraction of it. */
const OPTION_SHARE = 0.35;
const MAX_OPTIONS = 3;
/** Canada is where people go, not a nationality to look up. */
const DESTINATION = 'CA';

/**
 * A country named as a place to go or work ("a work permit in the US", "moving to Japan", "co-op in
 * Germany"): a question about another destination than Canada, which the knowledge base does not
 * answer. "Age limit in Latvia" or "I live in Spain" still name the person's country.
 */
const GOING_TO = /(?:^|[^\p{L}])([\p{L}-]+)\s+(?:in|to|into)\s+(?:the\s+)?$/iu;
/** Facts about a country itself ("What's the capital of Costa Rica?"). */
const COUNTRY_TRIVIA = /\b(?:capital|currency|population|president|prime minister|weather|climate|flag)\b/i;
/**
 * A program like this one, asked about with a country ("does Australia have a similar internship
 * visa?", "does the USA have a J-1 visa like this one?"): another country's program.
 */
const ANOTHER_PROGRAM = /\b(?:similar|equivalent|like this one)\b/i;
/** A country's own visa: "an internship visa for Australia", "a US J-1 intern visa". */
const VISA_FOR = /\bvisas?\s+(?:for|to|in)\s+(?:the\s+)?$/i;
const ITS_VISA = /^\s+(?:[\p{L}\p{N}-]+\s+){0,2}visas?\b/iu;
/** A country named as where the person is now ("applying from inside the US"): a place, not a nationality. */
const BEING_IN = /(?:^|[^\p{L}])(?:inside|within|(?:apply|applying) from)\s+(?:the\s+)?$/iu;
/** A language named, not a nationality ("do I need to speak French?", "fluent in German"). */
const SPEAKING = /(?:^|[^\p{L}])(?:speak|speaks|speaking|spoken|learn|learning|fluent in|fluency in|talk|talking)\s+$/iu;
/** A country named as what is visited ("visit the US", "travelling Japan"). */
const VISITING =
  /(?:^|[^\p{L}])(?:visit|visits|visiting|explore|exploring|tour|touring|travel|travelling|traveling)\s+(?:the\s+)?$/iu;
const GOING_WORDS: ReadonlySet<string> = new Set(
  `go goes going went move moves moving relocate relocating travel travelling traveling fly flying
  visit visiting trip emigrate emigrating immigrate immigrating work works working job jobs intern
  internship internships placement stay staying permit permits visa visas coop iec program programme`.split(/\s+/),
);

function isDestination(question: string, mention: CountryMention): boolean {
  const at = question.indexOf(mention.matched);
  if (at < 0) return false;
  const before = question.slice(0, at);
  const after = question.slice(at + mention.matched.length);
  const going = GOING_TO.exec(before);
  return (
    VISITING.test(before) ||
    VISA_FOR.test(before) ||
    ITS_VISA.test(after) ||
    (going !== null && GOING_WORDS.has(normalizeText(going[1])))
  );
}

/** Words just before a country that make it the person's own ("as a Czech", "I'm Polish", "my Irish passport"). */
const OWN = /(?:^|\s)(?:i am|im|as|am|i have|i hold|my)(?: an?)?$/;
/** Someone else named shortly before a country ("my friend from Estonia", "my boyfriend is Canadian"). */
const OTHER_PEOPLE = `friends? brother sister boyfriend girlfriend partner wife husband mother father mom dad cousin
  colleague classmate roommate`.split(/\s+/);
const SOMEONE_ELSE = new RegExp(`\\b(?:${OTHER_PEOPLE.join('|')})(?:\\s+\\S+){0,3}$`);

/** The text of a question before the country it names. */
function textBefore(question: string, mention: CountryMention): string {
  return question.slice(0, Math.max(question.indexOf(mention.matched), 0));
}

/** The person's own country among those named: one they call theirs, else one not someone else's, else the first. */
function ownMention(question: string, mentions: readonly CountryMention[]): CountryMention | undefined {
  const before = (m: CountryMention): string => normalizeText(textBefore(question, m));
  return (
    mentions.find((m) => OWN.test(before(m))) ?? mentions.find((m) => !SOMEONE_ELSE.test(before(m))) ?? mentions[0]
  );
}

/**
 * Words that ask whether someone can take part ("am I eligible?", "can Brazilians do co-op?", "is it
 * available for my country?", "is Japan on the list?", "is India part of it?", "any chance for a
 * Brazilian?", "no co-op option for Dutch students?"):
 * asked with countries all outside the table, the answer is that the person's does not take part,
 * whatever else the question names ("Brazilian engineering student here, am I eligible?").
 */
const ASKS_TO_TAKE_PART =
  /\b(?:eligible|eligibility|qualify|qualifies|apply|applying|allowed|participate|take part|available|open (?:to|for)|chances?|options?|on the list|part of|pools? for|(?:can|could|may) (?:[a-z]+ ){0,4}(?:do|get|go|join|still|use))\b/i;

/** The entry that says what the program is. */
const ABOUT_PROGRAM = 'what-is-coop';
/** Words that name the program itself; a question of nothing else asks what it is ("what even is co-op?"). */
const PROGRAM_WORDS: ReadonlySet<string> = new Set(
  ['coop', 'iec', 'international', 'experience', 'program', 'programme', 'category', 'permit', 'visa'].map(stem),
);
const NAMING_WORDS: ReadonlySet<string> = new Set(['coop', 'iec', 'program', 'programme'].map(stem));

/** A question that only asks what the thing just named is: "What is it exactly?", "what's that?". */
const WHAT_IS_IT = /^\s*(?:(?:so|and|but|ok|okay)\b[\s,]*)?what(?:'s|s| is| exactly is)\s+(?:it|this|that)(?:\s+(?:exactly|actually|about|all about))?\s*[?!.]*\s*$/i;

/** Whether a message ends by asking what the program it names is ("Never heard of International Co-op before. What is it exactly?"). */
function asksWhatItIs(asked: string, terms: readonly QueryTerm[]): boolean {
  return WHAT_IS_IT.test(asked) && terms.some((t) => NAMING_WORDS.has(t.stem));
}

/** Longest unknown word a question naming only the program may hold ("wtf is co-op"): longer ones name a topic. */
const NOISE_LENGTH = 4;

/** Whether a question only names the program, with at most one short word the knowledge base doesn't know. */
function namesProgramOnly(terms: readonly QueryTerm[]): boolean {
  const unknown = terms.filter((t) => t.unknown);
  return (
    unknown.length <= 1 &&
    unknown.every((t) => t.stem.length <= NOISE_LENGTH) &&
    terms.some((t) => NAMING_WORDS.has(t.stem)) &&
    terms.every((t) => t.unknown || PROGRAM_WORDS.has(t.stem))
  );
}

/** Words that name the internship itself, not a topic of it. */
const PLACEMENT_WORDS: ReadonlySet<string> = new Set(['internship', 'placement', 'work'].map(stem));

/** Whether words name only the program or the internship, or nothing the knowledge base knows. */
function namesPlacementOnly(terms: readonly QueryTerm[]): boolean {
  return terms.every((t) => t.unknown || isTopicless(t.stem) || PLACEMENT_WORDS.has(t.stem));
}

/** The entry that lists every requirement. */
const ALL_REQUIREMENTS = 'requirements';
/**
 * Words that frame a question as one about a requirement without naming which: "is being admissible
 * one of the conditions?" asks about admissibility, "what are the conditions?" about all of them.
 */
const REQUIREMENT_FRAME_WORDS = new RegExp(
  `\\b(?:${[
    'requirements?', 'required', 'conditions?', 'criteria', 'criterion', 'rules?', 'prerequisites?',
    'eligibility', 'eligible', 'qualify', 'qualifies', 'meet',
  ].join('|')})\\b`,
  'gi',
);

/** The section of the source that lists the requirements. */
const REQUIREMENTS_SECTION = 'Eligibility requirements';

/** Whether an entry is about one of the requirements: it cites their section, and is not all of them. */
function isRequirement(entry: FaqEntry): boolean {
  return entry.id !== ALL_REQUIREMENTS && entry.source.split('; ').includes(REQUIREMENTS_SECTION);
}

/** Saying one is not a citizen of the country one lives in ("I don't have an Irish passport yet", "I'm not a Greek citizen"). */
const NOT_A_CITIZEN =
  /\b(?:not (?:a |an )?(?:[\p{L}-]+ )?(?:citizens?|citizenship|nationals?|nationality)|(?:don'?t|do not|haven'?t got|have not got) (?:have |hold )?(?:an? |the |its )?(?:[\p{L}-]+ )?(?:passport|citizenship|nationality)|no (?:[\p{L}-]+ )?citizenship|without (?:[\p{L}-]+ )?(?:citizenship|passport)|only (?:have|hold) (?:an? |the |my )?(?:[\p{L}-]+ )?passport)\b/iu;
/**
 * Asking whether nationality or the place one studies or lives decides ("Is it my passport that
 * decides, or the country where my university is?"): the citizenship rule answers it.
 */
const NATIONALITY_OR_PLACE =
  /\b(?:passport|nationality|citizenship)\b[^.!?]*\bwhere (?:i|you|my|one|we)\b[^.!?]*\b(?:study|studies|studying|university|live|living|reside)\b|\bwhere (?:i|you|my|one|we)\b[^.!?]*\b(?:study|studies|studying|university|live|living|reside)\b[^.!?]*\b(?:passport|nationality|citizenship)\b/i;
const DECIDES = /\b(?:decides?|depends?|based|matters?|counts?)\b/i;
/** Saying where one lives ("I've lived in Ireland for years", "with a residence card"). */
const LIVING_THERE = /\b(?:live|lived|living|lives|resident|residence|residency|grew up|moved)\b/i;

/**
 * Entries about what a person's nationality or home must be: a question naming countries that asks
 * what is needed ("My mum is Polish... do you need to hold a passport from a participating country,
 * or are Polish roots enough?") asks about the rule, not about the countries.
 */
/** The entry of the rule that one must be a citizen of a participating country. */
const CITIZENSHIP = 'citizenship';
const NATIONALITY_TOPICS: ReadonlySet<string> = new Set(['citizenship', 'residence']);
const ASKS_WHAT_IS_NEEDED = /\b(?:need|needs|require|requires|required|have to|has to|must|enough|sufficient|count|counts)\b/i;

/** Entries that a question about one country is asking of the country table instead. */
const COUNTRY_TOPICS: ReadonlySet<string> = new Set([
  'what-is-coop',
  'second-participation',
  'countries',
  'age-limits',
  'permit-length',
  'requirements',
  'how-to-apply',
]);

/** The entry about bringing one's family. */
const DEPENDANTS = 'dependants';
/**
 * Asking whether someone else can apply themselves ("My Swedish girlfriend is 32, can she apply
 * too?"): a question about their country, not about bringing them along.
 */
const APPLIES_THEMSELVES = /\b(?:can|could|may) (?:she|he|they) (?:also |still )?(?:apply|join|qualify|participate|take part|do it)\b|\b(?:is|are) (?:she|he|they) (?:eligible|too old)\b/i;

/** Taking part again, which the country table answers only for a country with its own rule for it. */
const SECOND_PARTICIPATION = 'second-participation';

/** Whether a country has its own rule for taking part again (Australia, Italy, Switzerland). */
function hasRepeatRule(rule: CountryRule): boolean {
  return rule.repeatParticipation !== undefined || rule.maxParticipations !== undefined;
}

/**
 * Of those, the ones about the person's own country when it is named only before the question
 * ("I'm Slovak... Can you explain the whole process?" asks about the process, not about Slovakia).
 */
const OWN_COUNTRY_TOPICS: ReadonlySet<string> = new Set(['second-participation', 'age-limits', 'permit-length']);

/**
 * Words that frame a question about a country rather than name a topic: whether it takes part ("is
 * Poland part of it?", "is Belgium included?") or who the person is ("Taiwanese passport holder",
 * "Croatian student here").
 */
const COUNTRY_FRAME_WORDS = new RegExp(
  `\\b(${[
    'part', 'parts', 'include', 'included', 'includes', 'eligible', 'eligibility', 'allowed', 'allow',
    'participate', 'participates', 'participating', 'participant', 'participants', 'list', 'listed',
    'qualify', 'qualifies', 'accepted', 'accept', 'apply', 'join', 'member', 'covered', 'ok', 'okay',
    'citizen', 'citizens', 'citizenship', 'national', 'nationals', 'nationality', 'passport', 'passports',
    'holder', 'hold', 'people', 'person', 'student', 'students', 'pool', 'pools', 'chance', 'chances',
  ].join('|')})\\b`,
  'gi',
);

type Decision =
  | { kind: 'answer'; entry: FaqEntry }
  | { kind: 'clarify'; options: FaqEntry[] }
  | { kind: 'unknown' };

interface Reading {
  terms: QueryTerm[];
  ranked: EntryScore[];
  decision: Decision;
}

/** Answer the best entry when the classifier agrees with it with at least this probability... */
const AGREED_PROBABILITY = 0.9;
/**
 * ...it covers at least this share of the question (words the knowledge base lacks count fully), and
 * it ranks {@link ANSWER_MARGIN} times above the runner-up, or {@link ANSWER_MISSED_MARGIN} times
 * when the runner-up is the other-topics class ("how do I open a bank account when I arrive?").
 */
const AGREED_COVERAGE = 0.25;
/** Do not answer an entry the classifier gives less than this probability while it is this sure of another. */
const DISPUTED_PROBABILITY = 0.02;
const DISPUTING_PROBABILITY = 0.9;

/**
 * Whether the classifier, which weighs how typical each word is of one entry against its
 * neighbours, is sure of the same entry as the ranking, which is ahead of the others.
 */
function agreed(
  best: EntryScore,
  second: EntryScore | undefined,
  margin: number,
  classified: readonly EntryProbability[],
): boolean {
  const [likeliest] = classified;
  const needed = second?.entry === OTHER_TOPICS ? ANSWER_MISSED_MARGIN : ANSWER_MARGIN;
  return (
    likeliest !== undefined &&
    likeliest.entry === best.entry &&
    likeliest.probability >= AGREED_PROBABILITY &&
    best.coverage >= AGREED_COVERAGE &&
    margin >= needed
  );
}

/** The entry the classifier is sure of when it all but rules out the ranking's best one. */
function disputing(best: EntryScore, classified: readonly EntryProbability[]): FaqEntry | undefined {
  const [likeliest] = classified;
  if (likeliest === undefined || likeliest.entry === best.entry || likeliest.probability < DISPUTING_PROBABILITY) {
    return undefined;
  }
  const own = classified.find((c) => c.entry === best.entry);
  return own !== undefined && own.probability < DISPUTED_PROBABILITY ? likeliest.entry : undefined;
}

function answerOf(entry: FaqEntry): MatchResult {
  return { kind: 'answer', id: entry.id, title: entry.title, text: entry.answer, source: entry.source };
}

function resultOf(decision: Decision): MatchResult {
  switch (decision.kind) {
    case 'answer':
      return answerOf(decision.entry);
    case 'clarify':
      return { kind: 'clarify', options: decision.options.map((e) => ({ id: e.id, title: e.title })) };
    case 'unknown':
      return { kind: 'unknown' };
  }
}

/** Another IEC category named ("the Working Holiday permit", "Young Professionals"). */
const OTHER_CATEGORY = /\b(?:working[- ]?holidays?|young professionals?|whv)\b/i;
/** Comparing with another category ("benefits over WHV", "better than the working holiday"). */
const COMPARING = /\b(?:over|vs\.?|versus|compared|than|instead of|rather than)\b/i;
/** The program or its internship named ("co-op", "IEC", "intern", "placement"). */
const NAMES_COOP = /\b(?:co-?op|co op|iec|interns?|internships?|placements?)\b/i;

/**
 * Whether a message is about another IEC category, which the knowledge base does not cover: its last
 * question names one and the message never names co-op or the internship ("How long does the Working
 * Holiday permit last?"), while "can I do co-op after my working holiday?" is about co-op.
 */
function aboutOtherCategory(question: string): boolean {
  return OTHER_CATEGORY.test(lastQuestion(question)) && !NAMES_COOP.test(question) && !COMPARING.test(question);
}

/** What a question names as done, after "after", up to the clause that asks ("after the ITA do I..."). */
const AFTER = /\bafter\s+((?:(?!\b(?:do|does|did|can|could|should|would|will|so|and|but|or|how|what|when|where|which|is|are)\b)[^,;:.!?])+)/i;

/**
 * Asking for a count of places, invitations or people ("How many co-op places are there for
 * Germany?", "how many applicants get accepted?"): the knowledge base gives no such figure.
 */
const HOW_MANY_TAKEN =
  /\bhow many (?:[a-z-]+ )?(?:invitations|itas|places|spots|slots|seats|applicants|candidates|people|participants|students|interns)\b/i;

/** A step the person says is done ("I did the questionnaire", "having completed my profile"), up to the clause after it. */
const DONE =
  /\b(?:did|done|completed|finished|filled (?:in|out)|took|taken|created|made|submitted)\s+((?:the|my|that|this|an?)\s+(?:(?!\b(?:and|but|so|then|it|which)\b)[^,;:.!?()])+)/i;
/** A message asking what comes next ("what's the next step?", "after the questionnaire, then what?"). */
const ASKS_NEXT = /\bnext\b|\bafter (?:the|that|this|my)\b|\bnow what\b/i;
/** The entry that lists all the steps of getting the permit. */
const ALL_STEPS = 'how-to-apply';

/** A question of how to do something, with the words after it: "how do I appeal it?", "how can my employer pay?". */
const HOW_TO = /\b(?:how|where) (?:do|can|could|should|would|to|does|did)\s+(?:(?:i|we|you|one|he|she|they)\s+)?(.*)$/i;
/** Doings whose procedure the knowledge base never explains, though it names them ("should I renew my passport first?"). */
const PROCEDURES_ELSEWHERE: ReadonlySet<string> = new Set(['renew', 'replace', 'extend', 'translate'].map(stem));

/**
 * Asking whether a person must be something: "do I have to be a citizen?", "must I be enrolled?",
 * "do applicants need to be students?"; not what a thing must be ("what needs to be written in the contract?").
 */
const MUST_BE =
  /\b(?:(?:i|you|we|he|she|they|one|applicants?|participants?|students?) (?:have|has|need|needs|got) to be|must (?:i |you |we )?be|required to be)\b/i;

/** Words that only ask ("who?", "when?"): a question of nothing else names no topic. */
const QUESTION_WORDS: ReadonlySet<string> = new Set(['who', 'when', 'where', 'why', 'how'].map(stem));

/** Longest question that is answered by the one entry whose title holds all its words ("passport", "age limit"). */
const TITLE_QUERY_TERMS = 2;

/**
 * @param elsewhere Whether the question names something that only the other-topics class has ("study
 * permit", "express entry"; in a short question, also one word: "biometrics", "extend"): then no entry
 * is answered outright.
 * @param titled The one entry whose title holds every word of a short question, if any.
 */
function decide(
  ranked: readonly EntryScore[],
  terms: readonly QueryTerm[],
  elsewhere: boolean,
  titled: FaqEntry | undefined,
  classified: readonly EntryProbability[],
): Decision {
  const [best, second] = ranked;
  if (best === undefined || best.rank <= 0 || best.entry === OTHER_TOPICS) return { kind: 'unknown' };
  if (terms.every((t) => QUESTION_WORDS.has(t.stem))) return { kind: 'unknown' };
  const margin = second === undefined || second.rank <= 0 ? Infinity : best.rank / second.rank;
  const dense =
    best.coverage >= ANSWER_COVERAGE &&
    best.covered >= ANSWER_WEIGHT && margin >= (best.lacking > 0 ? ANSWER_MISSED_MARGIN : ANSWER_MARGIN);
  const strong =
    terms.length >= LONG_QUESTION_TERMS &&
    best.score >= STRONG_SCORE &&
    best.coverage >= STRONG_COVERAGE &&
    margin >= STRONG_MARGIN;
  const missesLittle = best.missedKnown <= best.covered * MISSED_SHARE;
  const partial =
    best.coverage >= PARTIAL_COVERAGE &&
    best.distinctive >= 2 &&
    margin >= PARTIAL_MARGIN &&
    missesLittle;
  const dominant =
    margin >= DOMINANT_MARGIN && best.coverage >= DOMINANT_COVERAGE && best.distinctive >= 2 && missesLittle;
  const disputed = disputing(best, classified);
  if (disputed !== undefined && disputed !== OTHER_TOPICS) return { kind: 'clarify', options: [best.entry, disputed] };
  if ((dense || strong || partial || dominant) && !elsewhere) return { kind: 'answer', entry: best.entry };
  if (titled !== undefined && !elsewhere && best.entry === titled) {
    return { kind: 'answer', entry: titled };
  }
  const about = namesProgramOnly(terms) ? ranked.find((s) => s.entry.id === ABOUT_PROGRAM) : undefined;
  if (about !== undefined) return { kind: 'answer', entry: about.entry };
  if (best.coverage < CLARIFY_COVERAGE && best.score < CLARIFY_SCORE) return { kind: 'unknown' };
  if (!elsewhere && agreed(best, second, margin, classified)) return { kind: 'answer', entry: best.entry };
  const options = ranked
    .slice(0, MAX_OPTIONS)
    .filter((s) => s.rank >= best.rank * OPTION_SHARE && s.entry !== OTHER_TOPICS)
    .map((s) => s.entry);
  return { kind: 'clarify', options };
}

/** Builds the matcher over the knowledge base; the indexes are built once, here. */
export function createFaqMatcher(kb: KnowledgeBase): FaqMatcher {
  const index = new FaqIndex([...kb.faq, OTHER_TOPICS]);
  const classifier = new FaqClassifier([...kb.faq, OTHER_TOPICS]);
  const rules = new Map<string, CountryRule>(kb.countries.map((rule) => [rule.code, rule]));
  const resolver: CountryResolver = createCountryResolver(kb.countries.map((rule) => rule.code));
  const entries = new Map<string, FaqEntry>(kb.faq.map((entry) => [entry.id, entry]));
  const citizenship = kb.faq.find((entry) => entry.id === CITIZENSHIP);
  if (citizenship === undefined) throw new Error(`knowledge base: no "${CITIZENSHIP}" entry`);
  const exact = new Map<string, FaqEntry>();
  for (const entry of kb.faq) {
    for (const text of [entry.title, ...entry.phrasings]) exact.set(normalizeText(text), entry);
  }

  /** @param steps Whether a question about what follows a step is answered with the next step. */
  function read(text: string, steps = true): Reading {
    const { terms, bigrams } = index.readQuery(text);
    const asked = lastQuestion(text);
    const ranked = index.rank(terms, bigrams);
    const namedElsewhere = (term: string): boolean => {
      const holders = index.holders(term);
      return holders.length === 1 && holders[0] === OTHER_TOPICS && index.names(OTHER_TOPICS, term);
    };
    const words = terms.length < LONG_QUESTION_TERMS ? terms.map((t) => t.stem) : [];
    const elsewhere = [...bigrams, ...words].some(namedElsewhere) || asksHowToUnknown(asked);
    const short =
      terms.length > 0 &&
      terms.length <= TITLE_QUERY_TERMS &&
      terms.every((t) => !t.unknown) &&
      terms.some((t) => index.weight(t) >= 1);
    const titles = short ? index.titled(text) : [];
    const titled = titles.length === 1 ? titles[0] : undefined;
    const classified = classifier.classify([
      ...terms.map((t) => ({ term: t.stem, weight: t.boost })),
      ...bigrams.map((b) => ({ term: b, weight: 1 })),
    ]);
    const decision = decide(ranked, terms, elsewhere, titled, classified);
    const about = asksWhatItIs(asked, terms) ? ranked.find((s) => s.entry.id === ABOUT_PROGRAM) : undefined;
    if (about !== undefined) return { terms, ranked, decision: { kind: 'answer', entry: about.entry } };
    const required = requiredState(asked, ranked, namedRequirement(asked, ranked, decision));
    return { terms, ranked, decision: steps ? nextStepOffered(text, followingStep(asked, required)) : required };
  }

  /**
   * A question about what follows a step that the person has done ("What do I do after the
   * questionnaire?"), which the ranking reads as that step: the step that follows it. Not when the
   * rest of the question asks for that step itself ("which documents get uploaded after the ITA?",
   * "after I receive the invitation, which papers do I upload?").
   */
  function followingStep(asked: string, decision: Decision): Decision {
    if (decision.kind !== 'answer' || decision.entry.nextStep === undefined) return decision;
    const after = AFTER.exec(asked);
    if (after === null) return decision;
    const asking = read(asked.slice(0, after.index) + asked.slice(after.index + after[0].length), false).decision;
    if (asking.kind === 'answer' && asking.entry === decision.entry) return decision;
    const done = read(after[1], false).decision;
    const next = entries.get(decision.entry.nextStep);
    if (done.kind !== 'answer' || done.entry !== decision.entry || next === undefined) return decision;
    return { kind: 'answer', entry: next };
  }

  /**
   * A message that asks what comes next after a step it says is done ("After the questionnaire, what
   * comes next? Do I make a profile?", "I did the questionnaire... what's the next step?"): the step
   * after it, when the answer or the choice is that step, the one after it or the overview of all
   * the steps. Else, of a choice, the one step offered beside the overview, unless it is the first step.
   */
  function nextStepOffered(text: string, decision: Decision): Decision {
    if (decision.kind === 'unknown' || !ASKS_NEXT.test(text)) return decision;
    const named = AFTER.exec(text) ?? DONE.exec(text);
    const done = named === null ? undefined : read(named[1], false).decision;
    const next = done?.kind === 'answer' ? entries.get(done.entry.nextStep ?? '') : undefined;
    const offered = decision.kind === 'answer' ? [decision.entry] : decision.options;
    const relevant = (e: FaqEntry): boolean => e === next || (done?.kind === 'answer' && e === done.entry) || e.id === ALL_STEPS;
    if (next !== undefined && offered.some(relevant)) return { kind: 'answer', entry: next };
    if (decision.kind === 'answer') return decision;
    const first = offered.slice(0, 2);
    const [step, ...others] = first.filter((e) => e.id !== ALL_STEPS);
    if (first.length !== 2 || others.length > 0 || step === undefined) return decision;
    const follows = kb.faq.some((e) => e.nextStep === step.id);
    return follows ? { kind: 'answer', entry: step } : decision;
  }

  /**
   * Whether a person who lives in a country without being its citizen asks whether they can take
   * part or what is needed ("I've lived in Ireland for years but I don't have an Irish passport yet.
   * Can I apply on the basis that I live here?"): the citizenship rule answers it.
   */
  function livesWithoutCitizenship(question: string): boolean {
    const asked = lastQuestion(question);
    if (NATIONALITY_OR_PLACE.test(asked) && DECIDES.test(asked)) return true;
    return (
      NOT_A_CITIZEN.test(question) &&
      LIVING_THERE.test(question) &&
      (ASKS_TO_TAKE_PART.test(asked) || ASKS_WHAT_IS_NEEDED.test(asked))
    );
  }

  /**
   * Whether the last question asks how or where to do something the knowledge base has no word for
   * ("how do I appeal?") or whose procedure it never explains ("where can I renew my passport?").
   */
  function asksHowToUnknown(asked: string): boolean {
    const how = HOW_TO.exec(asked);
    if (how === null) return false;
    const [doing] = index.readQuery(how[1]).terms;
    return doing !== undefined && (doing.unknown || PROCEDURES_ELSEWHERE.has(doing.stem));
  }

  /**
   * The one requirement a last question names besides the word "requirement" ("is being admissible
   * one of the conditions?"), when it ranked among the first few: answered instead of all the
   * requirements, or of a choice that offers them.
   */
  function namedRequirement(asked: string, ranked: readonly EntryScore[], decision: Decision): Decision {
    const offered = decision.kind === 'answer' ? [decision.entry] : decision.kind === 'clarify' ? decision.options : [];
    if (!offered.some((e) => e.id === ALL_REQUIREMENTS)) return decision;
    const unframed = asked.replace(REQUIREMENT_FRAME_WORDS, ' ');
    if (unframed === asked) return decision;
    const named = read(unframed).decision;
    const near = ranked.slice(0, MAX_OPTIONS).map((s) => s.entry);
    if (named.kind !== 'answer' || !isRequirement(named.entry) || !near.includes(named.entry)) return decision;
    return named;
  }

  /**
   * A last question whether one must be something ("do I have to be a citizen of the country whose
   * pool I apply in?") asks about a requirement: of the two best entries, the one that is a requirement.
   */
  function requiredState(asked: string, ranked: readonly EntryScore[], decision: Decision): Decision {
    if (decision.kind === 'unknown' || !MUST_BE.test(asked)) return decision;
    const [first, second] = ranked;
    if (first === undefined || second === undefined || first.entry === OTHER_TOPICS) return decision;
    const required = [first, second].filter((s) => isRequirement(s.entry));
    if (required.length !== 1 || required[0].rank < first.rank * OPTION_SHARE) return decision;
    return { kind: 'answer', entry: required[0].entry };
  }

  function countryResult(mention: CountryMention): MatchResult {
    const rule = rules.get(mention.code);
    if (rule !== undefined) return countryAnswer(rule, kb.season);
    return notParticipatingAnswer(mention.code, mention.name, kb.countries, kb.season);
  }

  /**
   * Whether what is left of a question besides the country asks about the country itself: nothing
   * left but frame words, the program's or the internship's name and words the knowledge base doesn't
   * know ("is Poland in?", "are Costa Ricans eligible for this internship permit?", "ich bin
   * aus Deutschland, can I apply?"), a last question of nothing but frame words and the program's
   * name ("My daughter is Mexican. Could she apply for co-op?"), or the best topic left, with or
   * without the frame words, is one the country table answers ("age limit for Sweden?", "Swiss
   * citizen here, can I apply twice?", but not for a country without its own rule for taking part
   * again); of the last, only those about one's own country when the country is named only before
   * the question (`context`).
   */
  function asksAboutCountry(rest: Reading, topic: Reading, restText: string, context: boolean, code: string): boolean {
    if (topic.terms.length === 0) return true;
    const asked = index.readQuery(lastQuestion(restText).replace(COUNTRY_FRAME_WORDS, ' ')).terms;
    if (namesPlacementOnly(asked)) return true;
    if (topic.terms.length < rest.terms.length && topic.terms.every((t) => t.unknown)) return true;
    const rule = rules.get(code);
    const answers = (id: string): boolean =>
      (context ? OWN_COUNTRY_TOPICS : COUNTRY_TOPICS).has(id) && (id !== SECOND_PARTICIPATION || rule === undefined || hasRepeatRule(rule));
    return [rest, topic].some(({ ranked: [best] }) => best !== undefined && best.rank > 0 && answers(best.entry.id));
  }

  return {
    match(question) {
      const known = exact.get(normalizeText(question));
      if (known !== undefined) return answerOf(known);
      if (aboutOtherCategory(question) || HOW_MANY_TAKEN.test(question)) return { kind: 'unknown' };
      if (livesWithoutCitizenship(question)) return answerOf(citizenship);
      const mentions = resolver
        .findAll(question)
        .filter((m) => m.code !== DESTINATION && !BEING_IN.test(textBefore(question, m)) && !SPEAKING.test(textBefore(question, m)));
      const elsewhere = ANOTHER_PROGRAM.test(question) || COUNTRY_TRIVIA.test(question);
      if (mentions.some((m) => isDestination(question, m)) || (mentions.length > 0 && elsewhere)) {
        return { kind: 'unknown' };
      }
      const mention = ownMention(question, mentions);
      if (mention === undefined) return resultOf(read(question).decision);
      const onlyOutside = mentions.every((m) => !rules.has(m.code));
      if (onlyOutside && ASKS_TO_TAKE_PART.test(question)) return countryResult(mention);
      const restText = mentions.reduce((text, m) => text.replace(m.matched, ' '), question);
      const rest = read(restText);
      const topic = read(restText.replace(COUNTRY_FRAME_WORDS, ' '));
      // A country named only before the question is context: the question's own frame words may be its topic.
      const asked = lastQuestion(question);
      const context = mentions.every((m) => !asked.includes(m.matched));
      if (rest.decision.kind === 'answer' && NATIONALITY_TOPICS.has(rest.decision.entry.id) && ASKS_WHAT_IS_NEEDED.test(lastQuestion(question))) {
        return answerOf(rest.decision.entry);
      }
      for (const { decision, terms } of context ? [rest, topic] : [topic]) {
        const first = decision.kind === 'answer' ? decision.entry : decision.kind === 'clarify' ? decision.options[0] : undefined;
        if (first?.id === DEPENDANTS && APPLIES_THEMSELVES.test(asked)) return countryResult(mention);
        if (decision.kind === 'answer' && !COUNTRY_TOPICS.has(decision.entry.id) && !namesPlacementOnly(terms)) {
          return answerOf(decision.entry);
        }
      }
      return asksAboutCountry(rest, topic, restText, context, mention.code) ? countryResult(mention) : resultOf(rest.decision);
    },
  };
}
