import { expect } from 'chai';
import countries from '../../knowledge/countries.json';
import { createCountryResolver } from '../../src/understanding/countryResolver';
import { parseCountry } from '../../src/understanding/parseCountry';

const resolver = createCountryResolver(countries.countries.map((c) => c.code));

describe('parseCountry', () => {
  const readable: [string, string, boolean][] = [
    ['Czechia', 'CZ', true],
    ['Germany', 'DE', true],
    ['German', 'DE', true],
    ['Swiss passport', 'CH', true],
    ["I'm from the Czech Republic", 'CZ', true],
    ['I hold a Polish passport', 'PL', true],
    ["no, I'm Swiss", 'CH', true],
    ['Taiwanese', 'TW', true],
    ['I live in France but I am German', 'DE', true],
    ['Canada', 'CA', false],
    ['I am Brazilian', 'BR', false],
  ];
  for (const [text, code, participating] of readable) {
    it(`reads "${text}" as ${code}`, () => {
      const result = parseCountry(text, { resolver });
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.value).to.include({ code, participating });
    });
  }

  it('offers the second citizenship of a dual citizen, participating country first', () => {
    const result = parseCountry('Brazilian and Italian', { resolver });
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.value.code).to.equal('IT');
      expect(result.ambiguous?.alternative.code).to.equal('BR');
    }
  });
  it('says what it needs when it finds no country', () => {
    const result = parseCountry('blue', { resolver });
    expect(result).to.deep.equal({ ok: false, reason: "I didn't recognise a country there. Which country's passport do you hold, e.g. Germany?" });
  });
});
