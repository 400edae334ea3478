import Fuse from 'fuse.js';

/** A word of a vocabulary that a misspelt word was read as. */
export interface Correction {
  word: string;
  /** Edits (insert, delete, substitute, swap two neighbours) between the two spellings. */
  edits: number;
}

/** Guards on typo tolerance. */
export interface TypoOptions {
  /** Shortest word that may be corrected at all. */
  minLength: number;
  /** Whether a correction must keep the first letter (people rarely mistype it). */
  sameFirstLetter: boolean;
  /** Words never corrected: real words that happen to lie one typo away from a vocabulary word. */
  protectedWords?: ReadonlySet<string>;
  /** Edits allowed for a word of a given length; {@link editBudget} by default. */
  budget?: (length: number) => number;
  /** How often each word occurs in the texts; between equally close words, the commoner one wins. */
  frequencies?: ReadonlyMap<string, number>;
}

/** A closed set of known words, with guarded typo correction. */
export interface Vocabulary {
  has(word: string): boolean;
  /** The closest known word within the edit budget, when `word` is unknown and long enough. */
  correct(word: string): Correction | undefined;
}

/** Edits allowed for a word of this length: 1 up to 7 letters, 2 from 8 letters. */
export function editBudget(length: number): number {
  return length >= 8 ? 2 : 1;
}

/** Optimal-string-alignment distance, stopping early once above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, prevPrev[j - 2] + 1);
      }
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length];
}

const FUSE_OPTIONS = { includeScore: true, ignoreLocation: true, threshold: 0.5 } as const;

/** Letter counts; two words within `n` edits differ by at most `2n` in these counts. */
function letterCounts(word: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of word) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

function countsDiffer(a: Map<string, number>, b: Map<string, number>, limit: number): boolean {
  let diff = 0;
  for (const [ch, n] of a) diff += Math.abs(n - (b.get(ch) ?? 0));
  for (const [ch, n] of b) if (!a.has(ch)) diff += n;
  return diff > limit;
}

interface Entry {
  word: string;
  counts: Map<string, number>;
}

/**
 * Builds a vocabulary over `words`. Known words of about the same length (and first letter, when
 * required) and letters are scored by fuse.js; the best one within {@link editBudget} of the whole
 * word wins, so "land" is never read as "poland".
 */
export function createVocabulary(words: Iterable<string>, options: TypoOptions): Vocabulary {
  const known = new Set(words);
  const groups = new Map<string, Entry[]>();
  for (const word of known) {
    const key = groupKey(word, word.length, options.sameFirstLetter);
    const entry = { word, counts: letterCounts(word) };
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [entry]);
    else group.push(entry);
  }
  return {
    has: (word) => known.has(word),
    correct(word) {
      if (known.has(word) || word.length < options.minLength || /\d/.test(word)) return undefined;
      if (options.protectedWords?.has(word)) return undefined;
      const budget = (options.budget ?? editBudget)(word.length);
      const counts = letterCounts(word);
      let best: Candidate | undefined;
      for (let length = word.length - budget; length <= word.length + budget; length++) {
        for (const candidate of groups.get(groupKey(word, length, options.sameFirstLetter)) ?? []) {
          if (countsDiffer(counts, candidate.counts, 2 * budget)) continue;
          const edits = editDistance(word, candidate.word, budget);
          if (edits > budget) continue;
          const { isMatch, score = 1 } = Fuse.match(word, candidate.word, FUSE_OPTIONS);
          if (!isMatch) continue;
          const frequency = options.frequencies?.get(candidate.word) ?? 0;
          const dropped = isSubsequence(word, candidate.word);
          const proposal = { word: candidate.word, edits, dropped, score, frequency };
          if (best === undefined || closer(proposal, best)) best = proposal;
        }
      }
      return best === undefined ? undefined : { word: best.word, edits: best.edits };
    },
  };
}

interface Candidate extends Correction {
  /** Whether the misspelling is the word with letters left out, the commonest typo ("limt" -> "limit"). */
  dropped: boolean;
  score: number;
  frequency: number;
}

/** Fewer edits first; on a tie, a word the misspelling only drops letters of, the commoner word, fuse's better score. */
function closer(a: Candidate, b: Candidate): boolean {
  if (a.edits !== b.edits) return a.edits < b.edits;
  if (a.dropped !== b.dropped) return a.dropped;
  if (a.frequency !== b.frequency) return a.frequency > b.frequency;
  return a.score < b.score;
}

/** Whether the letters of `short` appear in `long` in the same order. */
function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

function groupKey(word: string, length: number, sameFirstLetter: boolean): string {
  return sameFirstLetter ? `${word[0]}${length}` : `${length}`;
}
