import type { FaqEntry } from './types';
import { everydayEnglishWords } from './englishWords';
import { FILLER_WORDS, STOPWORDS, isStopword, stem, tokenize } from './textNormalizer';
import { createVocabulary, type Vocabulary } from './vocabulary';

/** The fields of an entry that are searched, with their weight in the score. */
const FIELD_WEIGHTS = { title: 2, phrasings: 1, keywords: 1.5, answer: 0.3 } as const;
type Field = keyof typeof FIELD_WEIGHTS;
const FIELDS = Object.keys(FIELD_WEIGHTS) as Field[];

/** Most misspellings remembered with their correction; people make the same few thousand. */
const MAX_REMEMBERED_CORRECTIONS = 20_000;
/** BM25 term-frequency saturation and length normalisation. */
const K1 = 1.2;
const B = 0.5;
/** How much a word found only in an entry's answer counts towards covering the question. */
const ANSWER_ONLY_COVER = 0.5;
/** How much a corrected misspelling adds to relevance compared with a word spelt right (it covers the question fully). */
const CORRECTED_WEIGHT = 0.8;
/** In a message of several sentences, how much more the words of its questions count than the context. */
const QUESTION_BOOST = 3;
/** How much more the first of two choices asked counts ("X, or Y?"), when Y ends the message. */
const FIRST_CHOICE_BOOST = 1.5;
/** Words after which a single digit names a category ("TEER 2", "NOC 3", "level 1"). */
const CATEGORY_WORDS: ReadonlySet<string> = new Set(['teer', 'noc', 'category', 'categories', 'level', 'tier']);
/** A question of fewer content words ("Can you explain?", "Any idea?") asks about the sentence before it. */
const ASKING_WORDS = 2;
/** Words that name the program or the move rather than a topic ("Would that be a problem for co-op?"). */
const TOPICLESS_WORDS: ReadonlySet<string> = new Set(
  `coop iec international experience program programme category permit visa canada apply application`
    .split(' ')
    .map(stem),
);

/**
 * A clause that sets aside what the question is not about ("Apart from flights and rent, what fees
 * are there?", "Leaving flights aside, ..."): up to the comma that closes it, at the start of a
 * sentence or after a comma.
 */
const SET_ASIDE =
  /(^|[.!?,;]\s*)(?:(?:apart from|aside from|besides|other than|except for)\s+[^,.;!?]+|(?:leaving|setting|putting)\s+[^,.;!?]+\s+aside),/gi;

/** A closing formula ending a message, with the name or office after it ("Yours faithfully, Office of International Relations"). */
const SIGN_OFF =
  /(^|[.!?]\s+)(?:yours (?:faithfully|sincerely|truly)|(?:best|kind|warm|warmest) regards|regards|sincerely|best wishes|many thanks|thanks?(?: you)?(?: in advance| a lot| so much| very much)?)[,!]?(?:\s+[\p{L}'-]+){0,6}\s*[.!]?\s*$/iu;

/** A greeting opening a message ("Good afternoon, ..."). */
const GREETING = /^\s*good (?:morning|afternoon|evening|day)\b[,!.]?/i;

/**
 * The sentences of a message, a greeting, a closing formula and a set-aside clause left out; what follows ", but"
 * or ", or" is one too ("..., or do I need an offer first?").
 */
function sentencesOf(text: string, choices = true): string[] {
  return text
    .replace(GREETING, '')
    .replace(SIGN_OFF, '$1')
    .replace(SET_ASIDE, '$1')
    .split(choices ? SENTENCE_OR_CHOICE_END : SENTENCE_END)
    .filter((s) => s.trim() !== '');
}

/** Where a sentence ends: after ".", "!", "?", a line, or a colon after a few words ("just the general rule: is ..."). */
const SENTENCE_END = /(?<=[.!?])\s+|(?<=(?:[^\s.!?:]+[ \t]+){3,}[^\s.!?:]+:)\s+|\n+/;
/** The same, or where ", but" or ", or" starts a new choice. */
const SENTENCE_OR_CHOICE_END = new RegExp(`${SENTENCE_END.source}|[,;]\\s*(?=(?:but|or)\\s)`, 'i');

/**
 * The question a message ends with: its last sentence ending in a question mark, else its last sentence.
 * @param choices Whether what follows ", or" or ", but" is a sentence of its own.
 */
export function lastQuestion(text: string, choices = true): string {
  const sentences = sentencesOf(text, choices);
  return sentences.filter((s) => s.trim().endsWith('?')).pop() ?? sentences.pop() ?? '';
}

/** Whether a stem names the program or the move rather than a topic. */
export function isTopicless(word: string): boolean {
  return TOPICLESS_WORDS.has(word);
}

/** One word of a question, as the matcher read it. */
export interface QueryTerm {
  stem: string;
  /** Whether the word was read through a typo correction. */
  corrected: boolean;
  /** Whether the knowledge base has no such word at all. */
  unknown: boolean;
  /** How much the word counts: more when it stands in the question of a longer message. */
  boost: number;
}

/** How well one entry fits a question. */
export interface EntryScore {
  entry: FaqEntry;
  /** BM25F relevance: ranks entries for one question. */
  score: number;
  /** Share (0-1) of the question's weight, by idf, that the entry covers; unknown words count fully. */
  coverage: number;
  /** The question's weight, by idf, that the entry covers. */
  covered: number;
  /** The weight of known words of the question that the entry lacks: a sign of another topic. */
  missedKnown: number;
  /** How many words of the question that the knowledge base knows the entry lacks entirely. */
  lacking: number;
  /** How many words the entry covers that are not common to most entries (idf at least 1). */
  distinctive: number;
  /** Ranking key: relevance scaled by coverage, so an entry matching every word beats a partial one. */
  rank: number;
}

/** A term's relevance to each entry and how far each entry covers it, by entry. */
interface TermVectors {
  scores: Float64Array;
  cover: Float64Array;
}

interface EntryStats {
  entry: FaqEntry;
  /** Term frequencies per field (unigrams and bigrams). */
  tf: Record<Field, Map<string, number>>;
  length: Record<Field, number>;
  /** The title's words as written, up to a plural. */
  titleWords: Set<string>;
}

function singular(word: string): string {
  return word.replace(/ies$/, 'y').replace(/s$/, '');
}

/** Stemmed content words of a text, stopwords left out. */
function contentWords(text: string): string[] {
  return tokenize(text)
    .filter((word) => !isStopword(word))
    .map(stem);
}

/**
 * The words of each run and the pairs of neighbouring words, stopwords between them skipped, so
 * "how long is the permit" pairs "long permit" as "how long does the permit last" does.
 */
function termsOfRuns(runs: string[][]): string[] {
  const terms: string[] = [];
  for (const run of runs) {
    terms.push(...run);
    for (let i = 1; i < run.length; i++) terms.push(`${run[i - 1]} ${run[i]}`);
  }
  return terms;
}

function fieldTexts(entry: FaqEntry, field: Field): string[] {
  switch (field) {
    case 'title':
      return [entry.title];
    case 'phrasings':
      return entry.phrasings;
    case 'keywords':
      return entry.keywords;
    case 'answer':
      return [entry.answer];
  }
}

/** A BM25F index over the FAQ entries, with the knowledge base's own vocabulary for typo correction. */
export class FaqIndex {
  private readonly stats: EntryStats[];
  private readonly idf = new Map<string, number>();
  private readonly averageLength: Record<Field, number>;
  private readonly vocabulary: Vocabulary;
  private readonly stems = new Set<string>();
  /** The entries whose texts have each term. */
  private readonly entriesWith = new Map<string, FaqEntry[]>();
  private readonly statsOf = new Map<FaqEntry, EntryStats>();
  private readonly termVectors = new Map<string, TermVectors>();
  /** Words people wrote that the vocabulary does not know, with their correction (or themselves): each is searched once. */
  private readonly corrections = new Map<string, string>();
  /** Weight of a word the knowledge base doesn't know: rarer than any word it knows. */
  readonly unknownIdf: number;

  constructor(entries: readonly FaqEntry[]) {
    const words = new Map<string, number>([...STOPWORDS, ...FILLER_WORDS].map((w) => [w, 0]));
    this.stats = entries.map((entry) => {
      const tf = {} as Record<Field, Map<string, number>>;
      const length = {} as Record<Field, number>;
      for (const field of FIELDS) {
        const counts = new Map<string, number>();
        const texts = fieldTexts(entry, field);
        for (const text of texts) {
          for (const word of tokenize(text)) words.set(word, (words.get(word) ?? 0) + 1);
          for (const term of termsOfRuns([contentWords(text)])) counts.set(term, (counts.get(term) ?? 0) + 1);
        }
        tf[field] = counts;
        length[field] = [...counts.values()].reduce((a, b) => a + b, 0) / texts.length;
      }
      const titleWords = new Set(tokenize(entry.title).map(singular));
      return { entry, tf, length, titleWords };
    });
    const df = new Map<string, number>();
    for (const stats of this.stats) {
      const terms = new Set(FIELDS.flatMap((field) => [...stats.tf[field].keys()]));
      for (const term of terms) {
        df.set(term, (df.get(term) ?? 0) + 1);
        this.entriesWith.set(term, [...(this.entriesWith.get(term) ?? []), stats.entry]);
      }
      this.statsOf.set(stats.entry, stats);
    }
    const n = this.stats.length;
    for (const [term, count] of df) {
      this.idf.set(term, Math.log(1 + (n - count + 0.5) / (count + 0.5)));
      if (!term.includes(' ')) this.stems.add(term);
    }
    this.unknownIdf = Math.log(1 + (n - 0.5) / 1.5);
    this.averageLength = {} as Record<Field, number>;
    for (const field of FIELDS) {
      this.averageLength[field] = this.stats.reduce((sum, s) => sum + s.length[field], 0) / Math.max(n, 1);
    }
    this.vocabulary = createVocabulary(words.keys(), {
      minLength: 4,
      sameFirstLetter: true,
      frequencies: words,
      protectedWords: everydayEnglishWords(),
    });
  }

  /** Reads the content words of a question: stopwords dropped, typos corrected, unknown words flagged. */
  readQuery(text: string): { terms: QueryTerm[]; bigrams: string[] } {
    const terms = new Map<string, QueryTerm>();
    const runs: string[][] = [];
    const sentences = sentencesOf(text);
    const questions = new Set(sentences.filter((s) => s.trim().endsWith('?')));
    if (questions.size === 0) questions.add(sentences[sentences.length - 1]);
    const firstChoices = new Set<string>();
    sentences.forEach((sentence, i) => {
      const words = contentWords(sentence);
      const topical = words.filter((word) => !TOPICLESS_WORDS.has(word) && this.stems.has(word));
      const asksLittle = questions.has(sentence) && (words.length < ASKING_WORDS || topical.length === 0);
      if (i > 0 && asksLittle) questions.add(sentences[i - 1]);
      // "X, or Y?" asks both: the choice before ", or" counts too, less than the question's end.
      if (i > 0 && questions.has(sentence) && /^\s*or\b/i.test(sentence)) firstChoices.add(sentences[i - 1]);
    });
    for (const sentence of sentences) {
      const boost =
        sentences.length === 1 ? 1 : questions.has(sentence) ? QUESTION_BOOST : firstChoices.has(sentence) ? FIRST_CHOICE_BOOST : 1;
      runs.push([]);
      let previous = '';
      for (const word of tokenize(sentence)) {
        const { reading, corrected } = this.spell(word);
        const after = previous;
        previous = reading;
        if (isStopword(reading) || this.isStrayNumber(reading, after)) continue;
        const stemmed = stem(reading);
        runs[runs.length - 1].push(stemmed);
        const seen = terms.get(stemmed);
        if (seen === undefined) terms.set(stemmed, { stem: stemmed, corrected, unknown: !this.stems.has(stemmed), boost });
        else seen.boost = Math.max(seen.boost, boost);
      }
    }
    const bigrams = termsOfRuns(runs).filter((t) => t.includes(' ') && this.idf.has(t));
    return { terms: [...terms.values()], bigrams: [...new Set(bigrams)] };
  }

  /**
 * A number the knowledge base never mentions ("I'm 32") is a detail, not a topic, and so is a single
 * digit that does not name a category ("2 companies", not "TEER 2").
 */
  private isStrayNumber(word: string, previous: string): boolean {
    if (!/^\d+$/.test(word)) return false;
    return !this.stems.has(word) || (word.length === 1 && !CATEGORY_WORDS.has(previous));
  }

  private spell(word: string): { reading: string; corrected: boolean } {
    if (isStopword(word) || this.vocabulary.has(word) || this.stems.has(stem(word))) {
      return { reading: word, corrected: false };
    }
    let reading = this.corrections.get(word);
    if (reading === undefined) {
      reading = this.vocabulary.correct(word)?.word ?? word;
      if (this.corrections.size >= MAX_REMEMBERED_CORRECTIONS) this.corrections.clear();
      this.corrections.set(word, reading);
    }
    return { reading, corrected: reading !== word };
  }

  /** The entries whose texts have this term (a stem or a pair of stems). */
  holders(term: string): FaqEntry[] {
    return this.entriesWith.get(term) ?? [];
  }

  /**
   * The entries whose title has every content word of this text, as written up to a plural ("fees",
   * "passport"; "process" is not "processing").
   */
  titled(text: string): FaqEntry[] {
    const words = tokenize(text).filter((word) => !isStopword(word)).map(singular);
    if (words.length === 0) return [];
    return this.stats.filter((stats) => words.every((word) => stats.titleWords.has(word))).map((stats) => stats.entry);
  }

  /** Whether the entry names this term in its title or keywords: what it is about, not any word its phrasings contain. */
  names(entry: FaqEntry, term: string): boolean {
    const stats = this.statsOf.get(entry);
    return stats !== undefined && (stats.tf.title.has(term) || stats.tf.keywords.has(term));
  }

  /** Weight of a question term: its idf, or {@link unknownIdf} for a word the knowledge base lacks. */
  weight(term: QueryTerm): number {
    return this.idf.get(term.stem) ?? this.unknownIdf;
  }

  /** Every entry scored against the question's terms, best first. */
  rank(terms: readonly QueryTerm[], bigrams: readonly string[]): EntryScore[] {
    const total = terms.reduce((sum, t) => sum + this.weight(t) * t.boost, 0);
    const n = this.stats.length;
    const score = new Float64Array(n);
    const covered = new Float64Array(n);
    const missedKnown = new Float64Array(n);
    const lacking = new Float64Array(n);
    const distinctive = new Float64Array(n);
    for (const term of terms) {
      const vectors = this.vectorsOf(term.stem);
      const factor = term.corrected ? CORRECTED_WEIGHT : 1;
      const weight = this.weight(term) * term.boost;
      const isDistinctive = this.weight(term) >= 1;
      for (let i = 0; i < n; i++) {
        score[i] += (vectors?.scores[i] ?? 0) * factor * term.boost;
        const cover = vectors?.cover[i] ?? 0;
        covered[i] += weight * cover;
        if (!term.unknown) missedKnown[i] += weight * (1 - cover);
        if (!term.unknown && cover === 0) lacking[i] += 1;
        if (cover > 0 && isDistinctive) distinctive[i] += 1;
      }
    }
    for (const bigram of bigrams) {
      const vectors = this.vectorsOf(bigram);
      if (vectors !== undefined) for (let i = 0; i < n; i++) score[i] += vectors.scores[i];
    }
    const scores = this.stats.map((stats, i) => {
      const coverage = total > 0 ? covered[i] / total : 0;
      return {
        entry: stats.entry,
        score: score[i],
        coverage,
        covered: covered[i],
        missedKnown: missedKnown[i],
        lacking: lacking[i],
        distinctive: distinctive[i],
        rank: score[i] * coverage,
      };
    });
    return scores.sort((a, b) => b.rank - a.rank);
  }

  /**
   * A known term's relevance to each entry and how far each entry covers it, in entry order: a
   * function of the index alone, so worked out once per term, on first use. Undefined for a term no
   * entry has.
   */
  private vectorsOf(term: string): TermVectors | undefined {
    let vectors = this.termVectors.get(term);
    if (vectors === undefined && this.idf.has(term)) {
      vectors = {
        scores: Float64Array.from(this.stats, (stats) => this.termScore(stats, term)),
        cover: Float64Array.from(this.stats, (stats) => this.cover(stats, term)),
      };
      this.termVectors.set(term, vectors);
    }
    return vectors;
  }

  private termScore(stats: EntryStats, term: string): number {
    const idf = this.idf.get(term);
    if (idf === undefined) return 0;
    let weighted = 0;
    for (const field of FIELDS) {
      const tf = stats.tf[field].get(term);
      if (tf === undefined) continue;
      const norm = 1 - B + (B * stats.length[field]) / this.averageLength[field];
      weighted += (FIELD_WEIGHTS[field] * tf) / norm;
    }
    return (idf * weighted) / (K1 + weighted);
  }

  /** How far an entry covers a term: fully in its title, phrasings or keywords, half in its answer alone. */
  private cover(stats: EntryStats, term: string): number {
    if (FIELDS.some((field) => field !== 'answer' && stats.tf[field].has(term))) return 1;
    return stats.tf.answer.has(term) ? ANSWER_ONLY_COVER : 0;
  }

}
