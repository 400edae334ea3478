import type { ProfileField } from '../eligibility/types';
import type { CountryMention, CountryResolver } from './countryResolver';
import { blankOut, overlaps, type Span } from './spans';

/** The countries of a message: stated citizenships (participating first) and a stated residence. */
export interface Countries {
  citizenship: CountryMention[];
  residence: CountryMention | undefined;
  spans: Span[];
}

const LOCATION_BEFORE = /\b(?:in|at|to|into|near|around|across|via|visit|visiting|for|than|about)\s+(?:the\s+)?$/i;
const LIVE_IN_BEFORE = /(?:\b(?:live|living|(?:'ve|have|has)\s+lived|reside|residing|resident|residents)|(?:^|[,;]|\bi'm|\bi am|\bim)\s*(?:currently\s+|now\s+)?based)\s+(?:in|of)\s+(?:the\s+)?$/i;
/** "a Swedish resident", "German residence permit": a residence, not a citizenship. */
const RESIDENT_AFTER = /^\s+(?:permanent\s+)?(?:resident|residence)\b/i;
/** "dual citizenship, French and Canadian", "nationality: Irish": the clause before names the topic. */
const CITIZENSHIP_BEFORE = /\b(?:citizenship|nationality|nationalities|passports?)\s*[:,]?\s*(?:(?:and|or)\s+)?$/i;
/** "german here", "dutch guy", "Austrian uni student": a clause that opens with a nationality describing the person. */
export const PERSON_WORDS = 'here|guy|girl|gal|dude|woman|man|lady|student|undergrad|postgrad|grad';
const PERSON_AFTER = new RegExp(String.raw`^\s+(?:[\w'.\/-]+\s+){0,2}?(?:${PERSON_WORDS})\b`, 'i');
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/i;
/** "police certificate from Germany", "my degree is from Spain": where a thing comes from, not the person. */
const THING_FROM_BEFORE = /\b(?:certificates?|records?|checks?|clearances?|letters?|degrees?|diplomas?|transcripts?|documents?|papers?|offers?|contracts?|insurance|visas?|permits?|references?|emails?|calls?|funds|money|loans?|scholarships?|grants?|company|companies|employers?|firms?)\s+(?:(?:is|are|was|were|issued|comes?|came|sent)\s+)?from\s+(?:the\s+)?$/i;
const CITIZENSHIP_WORDS = /\b(?:citizen|citizens|citizenship|nationality|national|passports?|passport holder)\b/i;
const OPENERS = String.raw`(?:(?:yes|yeah|yep|no|nope|nah|actually|well|oh|ok|okay|sorry|and|also|so)\b[\s,!.]*)*`;
/** "I'm", and the same in the languages of some participating countries ("je suis française", "ich bin Deutscher"). */
const I_AM = String.raw`(?:i'm|i am|im|we're|we are|je suis|ich bin|soy|sou|sono|jestem|jag är|jeg er)`;
const I_AM_START = new RegExp(String.raw`^${OPENERS}${I_AM}\b`, 'i');
const ONLY_THE_COUNTRY = new RegExp(String.raw`^${OPENERS}(?:(?:i'm|i am|im|a|an|from|the)\b\s*)*[.!]*$`, 'i');
const CLAUSE_BREAK = /[,;.!?]\s*|\s+but\s+|\s+and\s+(?=(?:i|i'm|im|we|we're)\b)/gi;

/** Words of a message that only describes the person beside countries: "hey, 26 and Irish", "25 German student". */
const DESCRIPTION_WORD = new RegExp(
  String.raw`^(?:hi|hey|hello|heya|hiya|i'm|im|i|am|a|an|from|the|\d{2}|${PERSON_WORDS}|y\/o|years?|yrs?|old)$`,
  'i',
);

/**
 * Whether what is left of a message besides its countries (and facts found before) only describes the
 * person. A bare number needs the message to be a list ("Sweden, 25", "26 and Irish"): "Sweden 25" may
 * ask about Sweden.
 */
function describesPersonOnly(rest: string, listed: boolean): boolean {
  const words = rest.split(/\s+/).map((w) => w.replace(/[.!]+$/, '')).filter((w) => w !== '');
  return words.length > 0 && words.every((w) => DESCRIPTION_WORD.test(w)) && (listed || words.some((w) => !/^\d+$/.test(w)));
}

const LIST = /,|\band\b|&/i;

/** Where the clause around `index` starts: after punctuation, "but", or "and" that starts a new "I ...". */
function clauseStart(text: string, index: number): number {
  return Math.max(...[...text.slice(0, index).matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length), 0);
}

/** The clause around `index`. */
function clauseAround(text: string, index: number): string {
  const next = [...text.slice(index).matchAll(CLAUSE_BREAK)][0];
  return text.slice(clauseStart(text, index), next === undefined ? text.length : index + next.index).trim();
}

function plain(mention: CountryMention): CountryMention {
  return { code: mention.code, name: mention.name, participating: mention.participating, matched: mention.matched };
}

/** Every country mention with its place, repeats included ("I live in Germany and I am German"). */
function countryMentions(text: string, resolver: CountryResolver): (CountryMention & Span)[] {
  const mentions: (CountryMention & Span)[] = [];
  for (let offset = 0; offset < text.length;) {
    const rest = text.slice(offset);
    const mention = resolver.find(rest);
    const at = mention === undefined ? -1 : rest.indexOf(mention.matched);
    if (mention === undefined || at < 0) break;
    const index = offset + at;
    mentions.push({ ...mention, index, end: index + mention.matched.length });
    offset = index + Math.max(mention.matched.length, 1);
  }
  return mentions;
}

/**
 * Countries stated as the person's citizenship: "I'm German", "Swiss passport", "from Poland", "dutch
 * guy", a clause or message of only countries and facts found before ("Sweden, 25, student", "swiss
 * 25 y/o"), or any country when the pending question asks for it. A country after "in", "to", "for"
 * ("internship in Canada") is a place; after "live in" or "resident of", the residence.
 */
export function findCountries(text: string, resolver: CountryResolver, expecting: ProfileField | undefined, taken: Span[]): Countries {
  const found: Countries = { citizenship: [], residence: undefined, spans: [] };
  const candidates: (CountryMention & Span & { stated: boolean })[] = [];
  for (const mention of countryMentions(text, resolver)) {
    if (overlaps(taken, mention)) continue;
    const before = text.slice(0, mention.index);
    const after = text.slice(mention.end);
    if (LIVE_IN_BEFORE.test(before) || RESIDENT_AFTER.test(after)) {
      found.residence ??= plain(mention);
      found.spans.push(mention);
      continue;
    }
    if (LOCATION_BEFORE.test(before) || THING_FROM_BEFORE.test(before)) continue;
    const clause = clauseAround(text, mention.index);
    const stated = expecting === 'citizenship'
      || CITIZENSHIP_WORDS.test(clause)
      || I_AM_START.test(clause)
      || FROM_BEFORE.test(before)
      || CITIZENSHIP_BEFORE.test(text.slice(0, clauseStart(text, mention.index)))
      || (clause.startsWith(mention.matched) && PERSON_AFTER.test(after))
      || ONLY_THE_COUNTRY.test(clause.replace(mention.matched, '').trim());
    candidates.push({ ...mention, stated });
  }
  const rest = blankOut(text, [...candidates, ...taken]).replace(/\b(?:and|or)\b|[^\p{L}\p{N}\s'.!]/giu, ' ').trim();
  const onlyCountries = ONLY_THE_COUNTRY.test(rest) || describesPersonOnly(rest, LIST.test(text));
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (!(candidate.stated || onlyCountries) || seen.has(candidate.code)) continue;
    seen.add(candidate.code);
    found.citizenship.push(plain(candidate));
    found.spans.push({ index: candidate.index, end: candidate.end });
  }
  found.citizenship.sort((a, b) => Number(b.participating) - Number(a.participating));
  return found;
}
