import type { FaqEntry } from './types';
import { isStopword, stem, tokenize } from './textNormalizer';

/** Additive (Laplace) smoothing of word counts. */
const SMOOTHING = 0.1;
/** How much the title counts, as this many phrasings. */
const TITLE_WEIGHT = 2;
/** How much one keyword counts, as a share of a phrasing. */
const KEYWORD_WEIGHT = 0.5;

/** One feature of a question: a stem or a pair of stems, with how much it counts. */
export interface Feature {
  term: string;
  weight: number;
}

/** The probability that a question belongs to an entry. */
export interface EntryProbability {
  entry: FaqEntry;
  probability: number;
}

/** The stems of a text and the pairs of neighbouring stems, stopwords left out. */
export function textFeatures(text: string): string[] {
  const stems = tokenize(text)
    .filter((word) => !isStopword(word))
    .map(stem);
  const pairs = stems.slice(1).map((s, i) => `${stems[i]} ${s}`);
  return [...stems, ...pairs];
}

/**
 * A multinomial naive Bayes classifier over stems and stem pairs, trained on each entry's own
 * phrasings, title and keywords: it weighs every word of a question by how typical it is of one
 * entry against its neighbours, so it separates entries that share most of their words.
 */
export class FaqClassifier {
  private readonly entries: readonly FaqEntry[];
  /** Per term, the log probability of the term under each entry, in entry order. */
  private readonly logProbability = new Map<string, Float64Array>();

  constructor(entries: readonly FaqEntry[]) {
    this.entries = entries;
    const counts = new Map<string, Float64Array>();
    const totals = new Float64Array(entries.length);
    const add = (i: number, text: string, weight: number): void => {
      for (const term of textFeatures(text)) {
        let row = counts.get(term);
        if (row === undefined) {
          row = new Float64Array(entries.length);
          counts.set(term, row);
        }
        row[i] += weight;
        totals[i] += weight;
      }
    };
    entries.forEach((entry, i) => {
      add(i, entry.title, TITLE_WEIGHT);
      for (const phrasing of entry.phrasings) add(i, phrasing, 1);
      for (const keyword of entry.keywords) add(i, keyword, KEYWORD_WEIGHT);
    });
    const vocabulary = counts.size;
    const denominators = totals.map((total) => Math.log(total + SMOOTHING * vocabulary));
    for (const [term, row] of counts) {
      this.logProbability.set(
        term,
        row.map((count, i) => Math.log(count + SMOOTHING) - denominators[i]),
      );
    }
  }

  /** Every entry with its probability for these features (terms no entry uses are ignored), most probable first. */
  classify(features: readonly Feature[]): EntryProbability[] {
    const scores = new Float64Array(this.entries.length);
    for (const { term, weight } of features) {
      const row = this.logProbability.get(term);
      if (row === undefined) continue;
      for (let i = 0; i < scores.length; i++) scores[i] += weight * row[i];
    }
    const top = Math.max(...scores);
    const exp = scores.map((s) => Math.exp(s - top));
    const sum = exp.reduce((a, b) => a + b, 0);
    return this.entries
      .map((entry, i) => ({ entry, probability: exp[i] / sum }))
      .sort((a, b) => b.probability - a.probability);
  }
}
