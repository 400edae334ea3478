import { expect } from 'chai';
import { STOPWORDS, isStopword, normalizeText, stem, tokenize } from '../../src/knowledge/textNormalizer';
import { everydayEnglishWords } from '../../src/knowledge/englishWords';
import { createVocabulary, editDistance } from '../../src/knowledge/vocabulary';

describe('normalizeText and tokenize', () => {
  const cases: [string, string][] = [
    ["What's the CO-OP fee?", 'whats the coop fee'],
    ['Österreich, Česko & España', 'osterreich cesko espana'],
    ['at least CAD$2,500 on landing', 'at least cad 2500 on landing'],
    ['  many   spaces\n', 'many spaces'],
    ['heyyy sooo', 'hey so'],
  ];
  for (const [text, normalized] of cases) {
    it(`"${text}" -> "${normalized}"`, async () => {
      expect(normalizeText(text)).to.equal(normalized);
    });
  }

  it('splits into words and gives none for an empty text', async () => {
    expect(tokenize('How long, exactly?')).to.deep.equal(['how', 'long', 'exactly']);
    expect(tokenize(' ?! ')).to.deep.equal([]);
  });

  it('spells out chat shorthand', async () => {
    expect(tokenize('max age for uni students?')).to.deep.equal(['maximum', 'age', 'for', 'university', 'students']);
  });

  it('spells out chat spellings and irregular past forms', async () => {
    expect(tokenize('wat if my bf found a job')).to.deep.equal(['what', 'if', 'my', 'boyfriend', 'find', 'a', 'job']);
  });

  it('reads "have something to do with" as "related to"', async () => {
    expect(tokenize('does it have something to do with my degree')).to.deep.equal([
      'does', 'it', 'related', 'to', 'my', 'degree',
    ]);
  });

  it('reads "line up with" as "match"', async () => {
    expect(tokenize('does it line up with my degree')).to.deep.equal(['does', 'it', 'match', 'my', 'degree']);
  });

  it('reads how long ago something happened as a detail, not as a length of time', async () => {
    expect(tokenize('a fine two years ago')).to.deep.equal(['a', 'fine', 'ago']);
  });

  it('reads drink-driving and a DUI as a conviction', async () => {
    expect(tokenize('got done for drink-driving')).to.deep.equal(['got', 'done', 'for', 'conviction']);
    expect(tokenize('a DUI')).to.deep.equal(['a', 'conviction']);
  });

  it('treats conversational filler as carrying no topic', async () => {
    for (const word of ['problem', 'possible', 'exactly', 'lol']) expect(isStopword(word)).to.equal(true);
    expect(isStopword('insurance')).to.equal(false);
  });

  it('treats function words as stopwords but not question words', async () => {
    expect(STOPWORDS.has('the')).to.equal(true);
    expect(STOPWORDS.has('how')).to.equal(false);
    expect(STOPWORDS.has('when')).to.equal(false);
  });
});

describe('stem', () => {
  const sameStem: [string, string][] = [
    ['fees', 'fee'],
    ['countries', 'country'],
    ['applying', 'apply'],
    ['processing', 'process'],
    ['required', 'require'],
    ['living', 'live'],
    ['arrival', 'arrive'],
    ['enrolled', 'enrol'],
    ['internship', 'intern'],
    ['citizenship', 'citizen'],
  ];
  for (const [a, b] of sameStem) {
    it(`"${a}" and "${b}" share a stem`, async () => {
      expect(stem(a)).to.equal(stem(b));
    });
  }

  it('keeps short words and numbers', async () => {
    expect(stem('ita')).to.equal('ita');
    expect(stem('2500')).to.equal('2500');
  });
});

describe('editDistance', () => {
  const cases: [string, string, number][] = [
    ['fee', 'fee', 0],
    ['procesing', 'processing', 1],
    ['feild', 'field', 1],
    ['chnage', 'change', 1],
    ['land', 'poland', 2],
  ];
  for (const [a, b, distance] of cases) {
    it(`"${a}" -> "${b}" is ${distance}`, async () => {
      expect(editDistance(a, b, 3)).to.equal(distance);
    });
  }

  it('stops counting above the limit', async () => {
    expect(editDistance('abcdef', 'uvwxyz', 1)).to.equal(2);
  });
});

describe('createVocabulary', () => {
  const vocabulary = createVocabulary(['processing', 'insurance', 'poland', 'money', 'many', 'field'], {
    minLength: 4,
    sameFirstLetter: true,
    protectedWords: new Set(['fiend']),
    frequencies: new Map([
      ['money', 5],
      ['many', 1],
    ]),
  });

  const corrections: [string, string][] = [
    ['procesing', 'processing'],
    ['insurence', 'insurance'],
    ['feild', 'field'],
    ['mony', 'money'],
  ];
  for (const [typo, word] of corrections) {
    it(`reads "${typo}" as "${word}"`, async () => {
      expect(vocabulary.correct(typo)?.word).to.equal(word);
    });
  }

  const left: [string, string][] = [
    ['land', 'a part of a longer word'],
    ['pol', 'too short'],
    ['xoland', 'a changed first letter'],
    ['fiend', 'protected'],
    ['processing', 'already known'],
    ['insrnce', 'two typos in a word of 7 letters'],
  ];
  for (const [word, why] of left) {
    it(`leaves "${word}" alone (${why})`, async () => {
      expect(vocabulary.correct(word)).to.equal(undefined);
    });
  }
});

describe('everydayEnglishWords', () => {
  it('has everyday words, and not misspellings of them', async () => {
    const words = everydayEnglishWords();
    for (const word of ['hate', 'card', 'fine', 'leave', 'boss', 'sucks']) expect(words.has(word)).to.equal(true);
    for (const word of ['limt', 'procesing', 'requirments', 'untill']) expect(words.has(word)).to.equal(false);
  });

  it('is read once and shared', async () => {
    expect(everydayEnglishWords()).to.equal(everydayEnglishWords());
  });
});

describe('typo correction guarded by everyday English words', () => {
  const vocabulary = createVocabulary(['have', 'cad', 'find', 'live', 'list', 'limit', 'insurance'], {
    minLength: 3,
    sameFirstLetter: true,
    protectedWords: everydayEnglishWords(),
  });

  for (const [word, lookalike] of [
    ['hate', 'have'],
    ['card', 'cad'],
    ['fine', 'find'],
    ['leave', 'live'],
  ]) {
    it(`leaves "${word}" alone rather than reading "${lookalike}"`, async () => {
      expect(vocabulary.correct(word)).to.equal(undefined);
    });
  }

  it('still corrects a misspelling', async () => {
    expect(vocabulary.correct('insurence')?.word).to.equal('insurance');
  });

  it('reads a misspelling that drops a letter as the word it drops it from ("limt" is "limit", not "list")', async () => {
    expect(vocabulary.correct('limt')?.word).to.equal('limit');
  });
});
