import { expect } from 'chai';
import { isQuestion, statementParts } from '../../src/understanding/isQuestion';

describe('isQuestion', () => {
  const questions = [
    'can I bring my kids?',
    "what's the age limit for Sweden?",
    'What is the fee',
    'how long does processing take',
    'Is 31 too old for Germany',
    'Do I need insurance?',
    'am I eligible',
    'Tell me about the fees',
    "I'm German, can I apply?",
    'Actually, how much money do I need?',
    'any age limit?',
    'I am 24. Can I apply?',
  ];
  const statements = [
    "I'm 24 and German",
    'born 12 March 1999',
    'yes',
    'I do',
    "Don't have kids",
    'Do not have kids',
    'Czechia',
    'from June to November next year',
    'TEER 2',
    'I have a job offer.',
    'will buy it',
    "can't get one",
    "isn't required",
  ];
  for (const text of questions) {
    it(`takes "${text}" as a question`, () => {
      expect(isQuestion(text)).to.equal(true);
    });
  }
  for (const text of statements) {
    it(`takes "${text}" as a statement`, () => {
      expect(isQuestion(text)).to.equal(false);
    });
  }
});

describe('statementParts', () => {
  const cases: [string, string][] = [
    ['can I bring my kids?', ''],
    ["what's the age limit for Sweden?", ''],
    ["I'm German, can I apply?", "I'm German."],
    ['I have kids - is that a problem?', 'I have kids.'],
    ['Yes, but can I bring my kids?', 'Yes.'],
    ['If I am 36, can I apply?', ''],
    ['I am 24. Can I apply?', 'I am 24.'],
    ['Born 03.04.1999. I am German.', 'Born 03.04.1999. I am German.'],
    ["I'm Swedish, 24 years old, can I apply?", "I'm Swedish. 24 years old."],
    ["hey, I'm 26, Irish, can I apply?", "I'm 26. Irish."],
    ['hey, 26, Irish, can I apply?', '26. Irish.'],
    ['26, can I apply?', '26.'],
    ['hey, 3 months, is that enough?', ''],
    ["I'm German, the age limit for Sweden?", "I'm German."],
    ['💸 How much does it cost? 🇨🇦🙏', ''],
    ['🇩🇪', '🇩🇪'],
    ['German engineering student, can I apply?', 'German engineering student.'],
    ['Swiss guy here, how long can I stay?', 'Swiss guy here.'],
    ['what about a part-time student, can they apply?', ''],
  ];
  for (const [text, kept] of cases) {
    it(`keeps "${kept}" of "${text}"`, () => {
      expect(statementParts(text)).to.equal(kept);
    });
  }
});
