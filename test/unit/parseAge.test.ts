import { expect } from 'chai';
import { findStatedAge, parseAge } from '../../src/understanding/parseAge';

describe('parseAge', () => {
  const readable: [string, number][] = [
    ['24', 24],
    [' 24 ', 24],
    ["I'm 24", 24],
    ['I’m 24', 24],
    ['24 years old', 24],
    ['twenty-four', 24],
    ['Twenty four', 24],
    ['I am 31 years of age', 31],
    ['24 yo', 24],
    ['24yrs', 24],
    ['age 24', 24],
    ["actually I'm 31", 31],
    ["I'm 24 and German", 24],
    ['18', 18],
    ['10', 10],
    ['100', 100],
  ];
  for (const [text, age] of readable) {
    it(`reads "${text}" as ${age}`, () => {
      expect(parseAge(text)).to.deep.equal({ ok: true, value: age });
    });
  }

  const unreadable: [string, RegExp][] = [
    ['', /couldn't read an age/],
    ['old enough', /couldn't read an age/],
    ['9', /doesn't look like an age/],
    ['101', /doesn't look like an age/],
    ['1999', /date of birth/],
    ['24.5', /doesn't look like an age/],
    ['24 months', /in years/],
    ["I'll be 25 next month", /today/],
    ['24 or 25', /Just your age/],
  ];
  for (const [text, reason] of unreadable) {
    it(`does not read "${text}" as an age`, () => {
      const result = parseAge(text);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.reason).to.match(reason);
    });
  }
});

describe('findStatedAge', () => {
  const cases: [string, number | undefined][] = [
    ["I'm 24 and German", 24],
    ['I am twenty-four', 24],
    ['born 3 March 2001 and I am 25 years old', 25],
    ['aged 30', 30],
    ['I just turned 31', 31],
    ['TEER 2', undefined],
    ['I have 3 kids', undefined],
    ["I'm 2 months from graduating", undefined],
    ['my internship is 24 weeks', undefined],
    ['I was born 12 March 1999', undefined],
    ["I'm actually 38", 38],
    ["I'm now 31", 31],
    ["I'm Swedish and 24", 24],
    ["I'm Lena, 21, Austrian", 21],
    ['24 y/o, Korean citizen', 24],
    ['Norwegian 25 y.o. student', 25],
    ['I am 25yrs old', 25],
    ["I'm 24 but I'll be 25 in June", 24],
    ["I'll be 25", undefined],
    ["I'll be 25 years old next month", undefined],
    ["I'm turning 30 in March", undefined],
    ["I'm almost 30", undefined],
    ['I turned 30 last year', undefined],
    ["I'm German and 2 kids", undefined],
    ["I've lived in Sweden for 10 years", undefined],
    ['Hey there! 27F from Belgium', 27],
    ['27/m, german', 27],
    ['26 years, spanish', 26],
    ['studied 5 years, then worked', undefined],
    ['I have 25M followers', undefined],
  ];
  for (const [text, age] of cases) {
    it(`finds ${age ?? 'no age'} in "${text}"`, () => {
      expect(findStatedAge(text)?.value).to.equal(age);
    });
  }
});
