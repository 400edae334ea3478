import worldCountries from 'world-countries';
import { everydayEnglishWords } from '../knowledge/englishWords';
import { normalizeText } from '../knowledge/textNormalizer';
import { createVocabulary, type Vocabulary } from '../knowledge/vocabulary';

/** A country named in a text. */
export interface CountryMention {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  /** Common English name, e.g. "Czechia". */
  name: string;
  /** Whether the code is one of the participating countries given to the resolver. */
  participating: boolean;
  /** The words of the text that named it, as written. */
  matched: string;
}

/** Finds countries named in free text: names, native names, demonyms (also plural), flags, small typos. */
export interface CountryResolver {
  /** The first country named in `text`. */
  find(text: string): CountryMention | undefined;
  /** Every country named in `text`, in order, each once. */
  findAll(text: string): CountryMention[];
}

/**
 * Common English names the data lacks, or has only as a two-letter code.
 * "US" and "UK" are read only as capitals (see {@link UPPERCASE_ALIASES}), never "us" in prose.
 */
const ALIASES: Readonly<Record<string, string>> = {
  america: 'US',
  britain: 'GB',
  brit: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  korea: 'KR',
  korean: 'KR',
  turkey: 'TR',
  swede: 'SE',
  dane: 'DK',
  spaniard: 'ES',
  croat: 'HR',
  slovenian: 'SI',
  luxembourgish: 'LU',
  'czech rep': 'CZ',
  aussie: 'AU',
  argentinian: 'AR',
  finn: 'FI',
  icelandic: 'IS',
  bosnia: 'BA',
  poles: 'PL',
  pole: 'PL',
  hellenic: 'GR',
  hellas: 'GR',
  kiwi: 'NZ',
  hksar: 'HK',
  // How people of the participating countries (and some others) name themselves in their own language.
  österreicher: 'AT',
  österreicherin: 'AT',
  chileno: 'CL',
  chilena: 'CL',
  tico: 'CR',
  tica: 'CR',
  costarricense: 'CR',
  hrvat: 'HR',
  hrvatica: 'HR',
  eestlane: 'EE',
  français: 'FR',
  française: 'FR',
  deutsch: 'DE',
  deutsche: 'DE',
  deutscher: 'DE',
  italiano: 'IT',
  italiana: 'IT',
  latvietis: 'LV',
  lietuvis: 'LT',
  luxembourgeois: 'LU',
  luxembourgeoise: 'LU',
  luxemburger: 'LU',
  norsk: 'NO',
  nordmann: 'NO',
  polak: 'PL',
  polski: 'PL',
  português: 'PT',
  portuguesa: 'PT',
  español: 'ES',
  española: 'ES',
  svensk: 'SE',
  svenska: 'SE',
  schweizer: 'CH',
  schweizerin: 'CH',
  suisse: 'CH',
  brasileiro: 'BR',
  brasileira: 'BR',
  mexicano: 'MX',
  mexicana: 'MX',
  nederlander: 'NL',
};

/** Regions whose names hold a country's name or alias ("South America" is not the US, "British Columbia" not the UK): read as no country. */
const REGIONS: ReadonlySet<string> = new Set([
  'americas', 'north america', 'south america', 'central america', 'latin america',
  'british columbia', 'new mexico', 'new south wales',
]);

/** Capitalised abbreviations, matched case-sensitively on the raw text. */
const UPPERCASE_ALIASES: Readonly<Record<string, string>> = {
  US: 'US',
  'U.S': 'US',
  'U.S.A': 'US',
  USA: 'US',
  UK: 'GB',
  'U.K': 'GB',
};

/** Names in the data that are ordinary English words ("Ísland" is Iceland's native name). */
const EXCLUDED_NAMES: ReadonlySet<string> = new Set(['island', 'mann', 'jersey']);

/**
 * English words one typo away from a one-word country name or demonym (same first letter), so never
 * corrected: "child" is not "Chile", "finish" is not "Finnish". Derived from an English word list,
 * with words people sign off with in other languages ("danke" is not "Dane"), a city ("Granada"
 * is not Grenada) and contractions typed without an apostrophe ("thats" is not Thai).
 */
const LOOKALIKES: ReadonlySet<string> = new Set(
  `angora antarctic baits barbarian barbarians basil begin belay belie benign brats brigs
  brims brunet brutish burka chads chicle chide child chiles chili chill chime chink chino
  chins chive coats condo conga cormorants croak croaks crofts dales dames dance dances dares
  dates dazes dines ditch dunes emigrates emirate finish franc francs gambit geeks germane
  greed green greens greet greets grenade grenadiers guineas hungry italic japans librarians
  macaw macho macro malign maligns malts manes manning marshalled maturities mores morns
  nicer nigher niter noway philippics philistines pilau polka reunions samba sampan sampans
  sedan slain sloven slovens spawn sprain stain suede surname swain swami swamis swigs swims
  swish thaws timer tongs tumor turnkey turnkeys wades wages wakes waled walks walls wanes
  wares waves waxes whales wiles yeomen danke granada thats theres whats wheres`.split(/\s+/),
);

/** Rank of a kind of name when two countries share it: lower wins. */
const enum NameRank {
  Name = 0,
  Alternative = 1,
  Demonym = 2,
}

interface IndexedName {
  code: string;
  rank: NameRank;
  official: boolean;
}

interface CountryIndex {
  names: Map<string, IndexedName>;
  commonNames: Map<string, string>;
  /** For each first word of a multi-word name, the most words such a name has. */
  longestFrom: Map<string, number>;
  /** The most words of any name. */
  longestName: number;
  /** One-word names and demonyms, corrected towards first. */
  oneWordNames: Vocabulary;
  /** Words of multi-word names ("zealand", "rica"). */
  nameParts: Vocabulary;
}

function demonymForms(demonym: string): string[] {
  const key = normalizeText(demonym);
  return /(s|sh|ese)$/.test(key) ? [key] : [key, `${key}s`];
}

function addName(names: Map<string, IndexedName>, raw: string, entry: IndexedName): void {
  const key = normalizeText(raw);
  if (key.length < 3 || EXCLUDED_NAMES.has(key)) return;
  const existing = names.get(key);
  const better =
    existing === undefined ||
    entry.rank < existing.rank ||
    (entry.rank === existing.rank && entry.official && !existing.official);
  if (better) names.set(key, entry);
}

function buildIndex(): CountryIndex {
  const names = new Map<string, IndexedName>();
  const commonNames = new Map<string, string>();
  for (const country of worldCountries) {
    const code = country.cca2;
    const official = country.unMember && country.independent;
    commonNames.set(code, country.name.common);
    addName(names, country.name.common, { code, rank: NameRank.Name, official });
    addName(names, country.name.official, { code, rank: NameRank.Name, official });
    const alternatives = [
      ...country.altSpellings.filter((a) => a.length > 2),
      ...Object.values(country.name.native).flatMap((n) => [n.common, n.official]),
    ];
    for (const alt of alternatives) addName(names, alt, { code, rank: NameRank.Alternative, official });
    const demonyms = country.demonyms.eng;
    if (demonyms !== undefined) {
      // Some entries list several demonyms: "Bosnian, Herzegovinian".
      const listed = [demonyms.m, demonyms.f].flatMap((d) => d.split(/,\s*/));
      for (const form of new Set(listed.flatMap(demonymForms))) {
        addName(names, form, { code, rank: NameRank.Demonym, official });
      }
    }
  }
  for (const [alias, code] of Object.entries(ALIASES)) {
    for (const form of demonymForms(alias)) names.set(form, { code, rank: NameRank.Name, official: true });
  }
  const oneWord: string[] = [];
  const parts = new Set<string>();
  const longestFrom = new Map<string, number>();
  for (const key of names.keys()) {
    const words = key.split(' ');
    if (words.length === 1) {
      oneWord.push(key);
      continue;
    }
    for (const word of words) parts.add(word);
    longestFrom.set(words[0], Math.max(longestFrom.get(words[0]) ?? 0, words.length));
  }
  const protectedWords = new Set([...LOOKALIKES, ...everydayEnglishWords()]);
  const typos = { minLength: 5, sameFirstLetter: true, protectedWords, budget: countryEditBudget };
  return {
    names,
    commonNames,
    longestFrom,
    longestName: Math.max(1, ...longestFrom.values()),
    oneWordNames: createVocabulary(oneWord, typos),
    nameParts: createVocabulary(parts, typos),
  };
}

/** One typo in a name; two only from 10 letters ("Switzerland"), so "childern" never reads "Chilean". */
function countryEditBudget(length: number): number {
  return length >= 10 ? 2 : 1;
}

/** Most corrections remembered per vocabulary; people use the same few thousand words. */
const MAX_REMEMBERED = 20_000;
const CORRECTIONS = new WeakMap<Vocabulary, Map<string, string>>();

/**
 * A word's spelling in a vocabulary (itself when nothing is close): a pure function of the two, so
 * each word is corrected once and remembered (the search is the costliest part of finding a country).
 */
function correction(vocabulary: Vocabulary, word: string): string {
  let remembered = CORRECTIONS.get(vocabulary);
  if (remembered === undefined) {
    remembered = new Map();
    CORRECTIONS.set(vocabulary, remembered);
  }
  let spelled = remembered.get(word);
  if (spelled === undefined) {
    spelled = vocabulary.correct(word)?.word ?? word;
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(word, spelled);
  }
  return spelled;
}

let sharedIndex: CountryIndex | undefined;

/** The name index of every country, built on first use and shared by all resolvers. */
function countryIndex(): CountryIndex {
  sharedIndex ??= buildIndex();
  return sharedIndex;
}

/** The one-word names and demonyms that typo correction may reach; for checks of {@link LOOKALIKES}. */
export function oneWordCountryNames(): string[] {
  return [...countryIndex().names.keys()].filter((key) => !key.includes(' '));
}

interface Word {
  text: string;
  start: number;
  end: number;
  /** A code fixed by a capitalised abbreviation ("US", "U.K."). */
  code?: string;
  /** The word without a contraction or possessive ending, which is what typos are corrected in. */
  bare?: string;
}

/** A contraction or possessive ending ("that's", "Italy's", "we're"): not part of the word's name. */
const CLITIC = /['’](?:s|re|ll|ve|d|m|t)$/i;

const RAW_WORD = /[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*/gu;
/** A flag: two regional indicator letters spelling the ISO code ("🇩🇪" is DE). */
const FLAG = /[\u{1F1E6}-\u{1F1FF}]{2}/gu;
const REGIONAL_A = 0x1f1e6;
/** Lowercase "uk" only where it names the country ("from the uk", "uk citizen"); alone it may be a typo of "ok". */
const UK_BEFORE = /\b(?:the|from)\s+$/i;
/** "the States", capitalised, is the US. */
const THE_BEFORE = /\bthe\s+$/i;
const UK_AFTER = /^\s+(?:citizens?|citizenship|passports?|nationals?|nationality|residents?|here)\b/i;

function flagCode(flag: string): string {
  return [...flag].map((c) => String.fromCharCode(65 + (c.codePointAt(0) ?? REGIONAL_A) - REGIONAL_A)).join('');
}

/** A word normalisation leaves as it is but for case: ASCII letters and digits, no letter tripled for emphasis. */
const PLAIN_WORD = /^(?!.*([a-z])\1\1)[a-z0-9]+$/i;

function splitWords(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(RAW_WORD)) {
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    const lowercaseUk = raw.toLowerCase() === 'uk' && (UK_BEFORE.test(text.slice(0, start)) || UK_AFTER.test(text.slice(end)));
    const theStates = raw === 'States' && THE_BEFORE.test(text.slice(0, start));
    const code = UPPERCASE_ALIASES[raw] ?? (lowercaseUk ? 'GB' : theStates ? 'US' : undefined);
    if (code !== undefined) {
      words.push({ text: raw.toLowerCase(), start, end, code });
      continue;
    }
    const parts = (PLAIN_WORD.test(raw) ? raw.toLowerCase() : normalizeText(raw)).split(' ').filter((p) => p !== '');
    const bare = parts.length === 1 && CLITIC.test(raw) ? normalizeText(raw.replace(CLITIC, '')) : undefined;
    for (const part of parts) words.push({ text: part, start, end, bare });
  }
  const flags = [...text.matchAll(FLAG)].filter((m) => countryIndex().commonNames.has(flagCode(m[0])));
  if (flags.length === 0) return words;
  for (const m of flags) words.push({ text: m[0], start: m.index, end: m.index + m[0].length, code: flagCode(m[0]) });
  return words.sort((a, b) => a.start - b.start);
}

/** Creates a resolver that flags the given ISO alpha-2 codes as participating. */
export function createCountryResolver(participatingCodes: readonly string[]): CountryResolver {
  const index = countryIndex();
  const participating = new Set(participatingCodes);

  function mention(code: string, text: string, words: Word[], from: number, to: number): CountryMention {
    return {
      code,
      name: index.commonNames.get(code) ?? code,
      participating: participating.has(code),
      matched: text.slice(words[from].start, words[to - 1].end),
    };
  }

  /** A word as written if `vocabulary` knows it, else its correction there, if any. */
  function spelling(word: Word, vocabulary: Vocabulary): string {
    if (vocabulary.has(word.text)) return word.text;
    return correction(vocabulary, word.bare ?? word.text);
  }

  /** The longest name starting at word `i`: as written, else with each word's typo corrected. */
  function nameAt(words: Word[], i: number): { code: string; length: number } | undefined {
    const fixed = words[i].code;
    if (fixed !== undefined) return { code: fixed, length: 1 };
    const written = words.slice(i, i + index.longestName).map((w) => w.text);
    const spelled: string[] = [];
    const spell = (k: number): string => (spelled[k] ??= spelling(words[i + k], index.nameParts));
    const longest = Math.max(index.longestFrom.get(written[0]) ?? 0, index.longestFrom.get(spell(0)) ?? 0);
    for (let n = Math.min(longest, written.length); n >= 2; n--) {
      if (words.slice(i, i + n).some((w) => w.code !== undefined)) continue;
      const entry =
        index.names.get(written.slice(0, n).join(' ')) ??
        index.names.get(Array.from({ length: n }, (_, k) => spell(k)).join(' '));
      if (entry !== undefined) return { code: entry.code, length: n };
    }
    const entry = index.names.get(written[0]) ?? index.names.get(spelling(words[i], index.oneWordNames));
    return entry === undefined ? undefined : { code: entry.code, length: 1 };
  }

  function scan(text: string, firstOnly: boolean): CountryMention[] {
    const words = splitWords(text);
    const found: CountryMention[] = [];
    const seen = new Set<string>();
    let i = 0;
    while (i < words.length) {
      const region = [3, 2, 1].find((n) => REGIONS.has(words.slice(i, i + n).map((w) => w.text).join(' ')));
      if (region !== undefined) {
        i += region;
        continue;
      }
      const name = nameAt(words, i);
      if (name === undefined) {
        i += 1;
        continue;
      }
      if (!seen.has(name.code)) {
        seen.add(name.code);
        found.push(mention(name.code, text, words, i, i + name.length));
        if (firstOnly) break;
      }
      i += name.length;
    }
    return found;
  }

  return {
    find: (text) => scan(text, true)[0],
    findAll: (text) => scan(text, false),
  };
}
