import { createCountryResolver, type CountryMention, type CountryResolver } from '../understanding/countryResolver';
import { countryAnswer, notParticipatingAnswer } from './countryAnswers';
import {
  ANOTHER_PROGRAM, BEING_IN, COUNTRY_FRAME_WORDS, COUNTRY_TOPICS, COUNTRY_TRIVIA, DESTINATION, hasRepeatRule,
  isDestination, OWN_COUNTRY_TOPICS, ownMention, SECOND_PARTICIPATION, SPEAKING, textBefore,
} from './countryQuestions';
import { FaqClassifier, type EntryProbability } from './faqClassifier';
import { FaqIndex, isTopicless, lastQuestion, type EntryScore, type QueryTerm } from './faqIndex';
import type { KnowledgeBase } from './loadKnowledge';
import { OTHER_TOPICS } from './otherTopics';
import {
  aboutOtherCategory, ABOUT_PROGRAM, AGE_LIMITS, ALL_COUNTRIES, ABOUT_SOMEONE, AFTER, ALL_REQUIREMENTS, ALL_STEPS, APPLIES_THEMSELVES,
  ASKS_AGE, ASKS_ALL_REQUIREMENTS, ASKS_ALL_STEPS, ASKS_HEALTH_COVER, ASKS_NEXT, ASKS_NUMBER, ASKS_PERMIT_LENGTH, ASKS_REFUND, ASKS_TO_TAKE_PART, ASKS_WHAT_IS_NEEDED, asksWhatItIs, CITIZENSHIP, DECIDES, DONE,
  HEALTH_INSURANCE, HOW_MANY_TAKEN, HOW_TO, isRequirement, LIST_OF_COUNTRIES, LIVING_THERE, MUST_BE, namesPlacementOnly, namesProgramOnly,
  NAMES_PARTICIPATING_COUNTRY, NATIONALITY_OR_PLACE, NATIONALITY_OR_STUDY, NATIONALITY_TOPICS, NOT_A_CITIZEN, OFFER_NUMBER, PASSPORT, PASSPORT_VALIDITY, PERMIT_LENGTH, POINTS_BACK,
  PROCEDURES_ELSEWHERE, QUESTION_WORDS, REQUIREMENT_FRAME_WORDS, TAKING_PART_AGAIN, WHICH_COUNTRIES,
} from './questionCues';
import { normalizeText } from './textNormalizer';
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
/** In a question of fewer words than this, one word that only the other-topics class names makes it another topic. */
const ELSEWHERE_WORD_TERMS = 7;
/** Or when it covers this share, with at least two distinctive words... */
const PARTIAL_COVERAGE = 0.5;
/** ...and ranks this many times above the runner-up. */
const PARTIAL_MARGIN = 2;
/** Or when it ranks this many times above the runner-up, covering this share with at least two distinctive words. */
const DOMINANT_MARGIN = 3;
const DOMINANT_COVERAGE = 0.5;
/** Either of the last two only when the known words it misses weigh at most this fraction of those it covers... */
const MISSED_SHARE = 0.5;
/** ...and the classifier gives it at least this probability. */
const LIKELY_PROBABILITY = 0.6;
/** Offer a choice of topics when the best entry covers this share of the question. */
const CLARIFY_COVERAGE = 0.4;
/** Or when its relevance is at least this. */
const CLARIFY_SCORE = 2.5;
/** Topics offered besides the best must rank at least this fraction of it. */
const OPTION_SHARE = 0.35;
const MAX_OPTIONS = 3;

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
/** In a question of fewer than {@link LONG_QUESTION_TERMS} words, the share it must cover. */
const AGREED_SHORT_COVERAGE = 0.36;
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
  short: boolean,
): boolean {
  const [likeliest] = classified;
  const needed = second?.entry === OTHER_TOPICS ? ANSWER_MISSED_MARGIN : ANSWER_MARGIN;
  return (
    likeliest !== undefined &&
    likeliest.entry === best.entry &&
    likeliest.probability >= AGREED_PROBABILITY &&
    best.coverage >= (short ? AGREED_SHORT_COVERAGE : AGREED_COVERAGE) &&
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
  const likely = (classified.find((c) => c.entry === best.entry)?.probability ?? 0) >= LIKELY_PROBABILITY;
  const partial =
    best.coverage >= PARTIAL_COVERAGE &&
    best.distinctive >= 2 &&
    margin >= PARTIAL_MARGIN &&
    missesLittle &&
    likely;
  const dominant =
    margin >= DOMINANT_MARGIN && best.coverage >= DOMINANT_COVERAGE && best.distinctive >= 2 && missesLittle && likely;
  const disputed = disputing(best, classified);
  if (disputed !== undefined && disputed !== OTHER_TOPICS) return { kind: 'clarify', options: [best.entry, disputed] };
  if ((dense || strong || partial || dominant) && !elsewhere) return { kind: 'answer', entry: best.entry };
  if (titled !== undefined && !elsewhere && best.entry === titled) {
    return { kind: 'answer', entry: titled };
  }
  const about = namesProgramOnly(terms) ? ranked.find((s) => s.entry.id === ABOUT_PROGRAM) : undefined;
  if (about !== undefined) return { kind: 'answer', entry: about.entry };
  if (best.coverage < CLARIFY_COVERAGE && best.score < CLARIFY_SCORE) return { kind: 'unknown' };
  if (!elsewhere && agreed(best, second, margin, classified, terms.length < LONG_QUESTION_TERMS)) return { kind: 'answer', entry: best.entry };
  const options = ranked
    .slice(0, MAX_OPTIONS)
    .filter((s) => s.rank >= best.rank * OPTION_SHARE && s.entry !== OTHER_TOPICS)
    .map((s) => s.entry);
  return { kind: 'clarify', options };
}

/** Cues in a last question that pick one topic of a choice. */
const OPTION_CUES: readonly (readonly [RegExp, string])[] = [
  [TAKING_PART_AGAIN, SECOND_PARTICIPATION],
  [ASKS_ALL_STEPS, ALL_STEPS],
  [ASKS_ALL_REQUIREMENTS, ALL_REQUIREMENTS],
  [ASKS_PERMIT_LENGTH, PERMIT_LENGTH],
  [ASKS_AGE, AGE_LIMITS],
  [LIST_OF_COUNTRIES, ALL_COUNTRIES],
  [ASKS_HEALTH_COVER, HEALTH_INSURANCE],
  [ASKS_NUMBER, OFFER_NUMBER],
];
/** Cues anywhere in a message that pick one topic of a choice. */
const MESSAGE_CUES: readonly (readonly [RegExp, string])[] = [[PASSPORT_VALIDITY, PASSPORT]];

/** Builds the matcher over the knowledge base; the indexes are built once, here. */
export function createFaqMatcher(kb: KnowledgeBase): FaqMatcher {
  const index = new FaqIndex([...kb.faq, OTHER_TOPICS]);
  const classifier = new FaqClassifier([...kb.faq, OTHER_TOPICS]);
  const rules = new Map<string, CountryRule>(kb.countries.map((rule) => [rule.code, rule]));
  const resolver: CountryResolver = createCountryResolver(kb.countries.map((rule) => rule.code));
  const entries = new Map<string, FaqEntry>(kb.faq.map((entry) => [entry.id, entry]));
  const citizenship = entries.get(CITIZENSHIP);
  if (citizenship === undefined) throw new Error(`knowledge base: no "${CITIZENSHIP}" entry`);
  /** Steps that follow another step. */
  const followingSteps = new Set(kb.faq.map((entry) => entry.nextStep));
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
    const words = terms.length < ELSEWHERE_WORD_TERMS ? terms.map((t) => t.stem) : [];
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
      ...bigrams.filter((b) => !b.split(' ').every(isTopicless)).map((b) => ({ term: b, weight: 1 })),
    ]);
    const decision = decide(ranked, terms, elsewhere, titled, classified);
    const about = asksWhatItIs(asked, terms) ? ranked.find((s) => s.entry.id === ABOUT_PROGRAM) : undefined;
    if (about !== undefined) return { terms, ranked, decision: { kind: 'answer', entry: about.entry } };
    const required = requiredState(asked, ranked, namedRequirement(text, asked, ranked, decision));
    // A subject the knowledge base does not cover is never answered on a cue ("how long does a post-graduation work permit last?").
    const cued = elsewhere ? required : cuedOption(lastQuestion(text, false), text, required);
    const listed = countriesListed(asked, cued);
    return { terms, ranked, decision: steps ? nextStepOffered(text, followingStep(asked, listed)) : listed };
  }

  /**
   * A question about what follows a step that the person has done ("What do I do after the
   * questionnaire?"), which the ranking reads as that step: the step that follows it. Not when the
   * rest of the question asks for that step itself ("which documents get uploaded after the ITA?",
   * "after I receive the invitation, which papers do I upload?"). Of a choice, the topic of the
   * question without the step done, when offered ("After doing the quiz, how do I get into the pool?").
   */
  function followingStep(asked: string, decision: Decision): Decision {
    const after = AFTER.exec(asked);
    if (after === null) return decision;
    const withoutStep = asked.slice(0, after.index) + asked.slice(after.index + after[0].length);
    if (decision.kind === 'clarify' && !ASKS_NEXT.test(asked)) {
      const { decision: rest } = read(withoutStep, false);
      return rest.kind === 'answer' && decision.options.includes(rest.entry) ? rest : decision;
    }
    if (decision.kind !== 'answer' || decision.entry.nextStep === undefined) return decision;
    const rest = read(withoutStep, false);
    // The rest asks for that step itself, or names something the knowledge base does not know (a typo: "the co-op pol").
    if (rest.decision.kind === 'answer' && rest.decision.entry === decision.entry) return decision;
    if (rest.terms.some((t) => t.unknown)) return decision;
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
    // The step said done: after "after", else after "did" ("after that": "I did the questionnaire").
    const readStep = (said: RegExpExecArray | null): Decision | undefined => (said === null ? undefined : read(said[1], false).decision);
    const afterStep = readStep(AFTER.exec(text));
    const done = afterStep?.kind === 'answer' ? afterStep : (readStep(DONE.exec(text)) ?? afterStep);
    const next = done?.kind === 'answer' ? entries.get(done.entry.nextStep ?? '') : undefined;
    const offered = decision.kind === 'answer' ? [decision.entry] : decision.options;
    const relevant = (e: FaqEntry): boolean => e === next || (done?.kind === 'answer' && e === done.entry) || e.id === ALL_STEPS;
    if (next !== undefined && offered.some(relevant)) return { kind: 'answer', entry: next };
    if (decision.kind === 'answer') return decision;
    const first = offered.slice(0, 2);
    const [step, ...others] = first.filter((e) => e.id !== ALL_STEPS);
    if (first.length !== 2 || others.length > 0 || step === undefined) return decision;
    return followingSteps.has(step.id) ? { kind: 'answer', entry: step } : decision;
  }

  /**
   * Whether a person who lives in a country without being its citizen asks whether they can take
   * part or what is needed ("I've lived in Ireland for years but I don't have an Irish passport yet.
   * Can I apply on the basis that I live here?"): the citizenship rule answers it.
   */
  function livesWithoutCitizenship(question: string, asked: string): boolean {
    const whole = lastQuestion(question, false);
    if ((NATIONALITY_OR_PLACE.test(asked) && DECIDES.test(asked)) || NATIONALITY_OR_STUDY.test(whole)) return true;
    return (
      NOT_A_CITIZEN.test(question) &&
      LIVING_THERE.test(question) &&
      (ASKS_TO_TAKE_PART.test(whole) || ASKS_WHAT_IS_NEEDED.test(whole))
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
   * one of the conditions?"), or the message when the question points back to it ("The list says you
   * must be admissible. Is that one of the conditions?"), when it ranked among the first few: answered
   * instead of all the requirements, or of a choice that offers them.
   */
  function namedRequirement(text: string, asked: string, ranked: readonly EntryScore[], decision: Decision): Decision {
    const offered = decision.kind === 'answer' ? [decision.entry] : decision.kind === 'clarify' ? decision.options : [];
    if (!offered.some((e) => e.id === ALL_REQUIREMENTS)) return decision;
    const unframed = asked.replace(REQUIREMENT_FRAME_WORDS, ' ');
    if (unframed === asked) return decision;
    // "Is that one of the conditions?": the requirement is named in the sentence before.
    const unframedReading = read(unframed);
    const pointsBack = POINTS_BACK.test(asked) && unframedReading.terms.every((t) => t.unknown || isTopicless(t.stem));
    const named = pointsBack ? read(text.replace(REQUIREMENT_FRAME_WORDS, ' ')) : unframedReading;
    // Pointing back, the best topic of the message is the one meant, answered or not. Else a choice of one
    // topic, or a topic far ahead of any other: the requirement named is the one thing the rest is about.
    const [lead, next] = named.ranked;
    const farAhead = lead !== undefined && lead.rank > 0 && (next === undefined || lead.rank >= next.rank * DOMINANT_MARGIN);
    const sole = named.decision.kind === 'clarify' && named.decision.options.length === 1 ? named.decision.options[0] : undefined;
    const only = sole ?? (farAhead ? lead.entry : undefined);
    const entry = named.decision.kind === 'answer' ? named.decision.entry : pointsBack ? lead?.entry : only;
    const near = ranked.slice(0, MAX_OPTIONS).map((s) => s.entry);
    if (entry === undefined || !isRequirement(entry) || !near.includes(entry)) return decision;
    return { kind: 'answer', entry };
  }

  /**
   * A last question whether one must be something ("do I have to be a citizen of the country whose
   * pool I apply in?") asks about a requirement: of the two best entries, the one that is a
   * requirement; when both are, the one that what one must be names ("does the program require me
   * to be admissible?").
   */
  function requiredState(asked: string, ranked: readonly EntryScore[], decision: Decision): Decision {
    const must = MUST_BE.exec(asked);
    if (decision.kind === 'unknown' || must === null) return decision;
    const [first, second] = ranked;
    if (first === undefined || second === undefined || first.entry === OTHER_TOPICS) return decision;
    const required = [first, second].filter((s) => isRequirement(s.entry));
    if (required.length === 2 && second.rank >= first.rank * OPTION_SHARE) {
      const named = read(asked.slice(must.index + must[0].length), false).decision;
      const meant = required.find((s) => named.kind === 'answer' && s.entry === named.entry);
      return meant === undefined ? decision : { kind: 'answer', entry: meant.entry };
    }
    if (required.length !== 1 || required[0].rank < first.rank * OPTION_SHARE) return decision;
    return { kind: 'answer', entry: required[0].entry };
  }

  /**
   * A last question that asks which countries can take part ("citizens of which countries are able
   * to apply?"), which the ranking did not answer or answered with all the requirements: the list of
   * participating countries; which countries can take part again ("in which countries can people do
   * IEC more than once?"): the second participation, which names them.
   */
  function countriesListed(asked: string, decision: Decision): Decision {
    if (!WHICH_COUNTRIES.test(asked)) return decision;
    const listing = decision.kind === 'answer' && decision.entry.id === ALL_COUNTRIES;
    if (TAKING_PART_AGAIN.test(asked) && (listing || decision.kind !== 'answer')) return answerEntry(SECOND_PARTICIPATION, decision);
    const overview = decision.kind === 'answer' && decision.entry.id === ALL_REQUIREMENTS;
    if ((decision.kind === 'answer' && !overview) || !ASKS_TO_TAKE_PART.test(asked)) return decision;
    return answerEntry(ALL_COUNTRIES, decision);
  }

  /** The entry of this id as the answer, or the decision if there is none. */
  function answerEntry(id: string, decision: Decision): Decision {
    const entry = entries.get(id);
    return entry === undefined ? decision : { kind: 'answer', entry };
  }

  /**
   * A choice of topics for a last question with a cue that names one of them: that one. Taking part
   * again ("is it possible to do IEC twice?") is the second participation; all the steps at once
   * ("what's the full sequence of steps?") is the overview of the steps, all the requirements ("could
   * you summarise all the eligibility criteria?") the overview of the requirements, how long the
   * permit is granted for the permit's length, what ages are eligible the age limits, the list of
   * countries the participating countries, health cover the health insurance, "what number" the Offer
   * of Employment number. Anywhere in the message, a passport that expires is the
   * passport rule ("My passport runs out in March. Will that affect how long my permit is?").
   */
  function cuedOption(asked: string, text: string, decision: Decision): Decision {
    if (decision.kind !== 'clarify') return decision;
    const offered = ([cue, id]: readonly [RegExp, string], said: string): boolean =>
      cue.test(said) && decision.options.some((e) => e.id === id);
    const cued = OPTION_CUES.find((c) => offered(c, asked)) ?? MESSAGE_CUES.find((c) => offered(c, text));
    return cued === undefined ? decision : answerEntry(cued[1], decision);
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
    const askedRest = lastQuestion(restText);
    const asked = index.readQuery(askedRest.replace(COUNTRY_FRAME_WORDS, ' ')).terms;
    if (namesPlacementOnly(asked) && !TAKING_PART_AGAIN.test(askedRest)) return true;
    if (topic.terms.length < rest.terms.length && topic.terms.every((t) => t.unknown)) return true;
    const rule = rules.get(code);
    const answers = (id: string): boolean =>
      (context ? OWN_COUNTRY_TOPICS : COUNTRY_TOPICS).has(id) && (id !== SECOND_PARTICIPATION || rule === undefined || hasRepeatRule(rule));
    return [rest, topic].some(
      ({ ranked: [best], decision }) =>
        (best !== undefined && best.rank > 0 && answers(best.entry.id)) || (decision.kind === 'answer' && answers(decision.entry.id)),
    );
  }

  return {
    match(question) {
      const known = exact.get(normalizeText(question));
      if (known !== undefined) return answerOf(known);
      if (aboutOtherCategory(question) || HOW_MANY_TAKEN.test(question) || ASKS_REFUND.test(question)) return { kind: 'unknown' };
      const asked = lastQuestion(question);
      const mentions = resolver
        .findAll(question)
        .filter((m) => m.code !== DESTINATION && !BEING_IN.test(textBefore(question, m)) && !SPEAKING.test(textBefore(question, m)));
      // "I only have a British passport": one country outside the table, and no participating one lived in, is answered by that country.
      const outsidePassportOnly = mentions.length === 1 && !rules.has(mentions[0].code) && !NAMES_PARTICIPATING_COUNTRY.test(question);
      if (livesWithoutCitizenship(question, asked) && !outsidePassportOnly) return answerOf(citizenship);
      const elsewhere = ANOTHER_PROGRAM.test(question) || COUNTRY_TRIVIA.test(question);
      if (mentions.some((m) => isDestination(question, m)) || (mentions.length > 0 && elsewhere)) {
        return { kind: 'unknown' };
      }
      const own = ownMention(question, mentions);
      if (own === undefined) return resultOf(read(question).decision);
      const onlyOutside = mentions.every((m) => !rules.has(m.code));
      if (onlyOutside && ASKS_TO_TAKE_PART.test(question)) return countryResult(own);
      // A citizen of a country outside the table who lives in one of its countries and asks to apply there ("I'm Ukrainian but
      // have lived in Poland for years. Can I go through the Polish pool?"): the citizenship rule.
      const askedCodes = new Set(resolver.findAll(asked).map((m) => m.code));
      const poolAsked = mentions.find((m) => rules.has(m.code) && askedCodes.has(m.code));
      if (!rules.has(own.code) && poolAsked !== undefined && LIVING_THERE.test(question) && ASKS_TO_TAKE_PART.test(asked)) {
        return answerOf(citizenship);
      }
      // "My son is half Mexican, half Spanish. Is Spain on the co-op list?": the participating country the question names.
      const mention = !rules.has(own.code) && !askedCodes.has(own.code) && poolAsked !== undefined ? poolAsked : own;
      const restText = mentions.reduce((text, m) => text.replace(m.matched, ' '), question);
      const rest = read(restText);
      const topic = read(restText.replace(COUNTRY_FRAME_WORDS, ' '));
      // A country named only before the question is context: the question's own frame words may be its topic.
      const context = mentions.every((m) => !askedCodes.has(m.code));
      if (rest.decision.kind === 'answer' && NATIONALITY_TOPICS.has(rest.decision.entry.id) && ASKS_WHAT_IS_NEEDED.test(asked)) {
        return answerOf(rest.decision.entry);
      }
      for (const { decision, terms } of context ? [rest, topic] : [topic]) {
        const first = decision.kind === 'answer' ? decision.entry : decision.kind === 'clarify' ? decision.options[0] : undefined;
        if (first !== undefined && ABOUT_SOMEONE.has(first.id) && APPLIES_THEMSELVES.test(asked)) return countryResult(mention);
        if (decision.kind === 'answer' && !COUNTRY_TOPICS.has(decision.entry.id) && !namesPlacementOnly(terms)) {
          return answerOf(decision.entry);
        }
      }
      return asksAboutCountry(rest, topic, restText, context, mention.code) ? countryResult(mention) : resultOf(rest.decision);
    },
  };
}
