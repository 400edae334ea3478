import { expect } from 'chai';
import countries from '../../knowledge/countries.json';
import { createCountryResolver } from '../../src/understanding/countryResolver';

const resolver = createCountryResolver(countries.countries.map((c) => c.code));

describe('createCountryResolver', () => {
  describe('finds the country a person names', () => {
    const cases: [string, string, string][] = [
      // [text, code, what the text says]
      ['I am from Sweden', 'SE', 'Sweden'],
      ['Czech Republic', 'CZ', 'Czech Republic'],
      ['is Czechia in?', 'CZ', 'Czechia'],
      ['Costa Rica', 'CR', 'Costa Rica'],
      ['New Zealand', 'NZ', 'New Zealand'],
      ['the United States of America', 'US', 'United States of America'],
      ['I am Swedish', 'SE', 'Swedish'],
      ['can Austrians apply?', 'AT', 'Austrians'],
      ['can Mexicans apply?', 'MX', 'Mexicans'],
      ['we are Swedes', 'SE', 'Swedes'],
      ['costa rican student', 'CR', 'costa rican'],
      ['ich bin aus Deutschland', 'DE', 'Deutschland'],
      ['Schweiz', 'CH', 'Schweiz'],
      ['Österreich', 'AT', 'Österreich'],
      ['osterreich', 'AT', 'osterreich'],
      ['Luxemburg', 'LU', 'Luxemburg'],
      ['GERMANY', 'DE', 'GERMANY'],
      ['holland', 'NL', 'holland'],
      ['Britain', 'GB', 'Britain'],
      ['I live in the UK', 'GB', 'UK'],
      ['from America', 'US', 'America'],
      ['a USA passport', 'US', 'USA'],
      ['US citizens', 'US', 'US'],
      ['a U.S. citizen', 'US', 'U.S'],
      ['Korea', 'KR', 'Korea'],
      ['chile', 'CL', 'chile'],
      ['china', 'CN', 'china'],
      ["People's Republic of China", 'CN', "People's Republic of China"],
      ['Republic of China', 'TW', 'Republic of China'],
      ['Northern Ireland', 'GB', 'Northern Ireland'],
      ['Ireland', 'IE', 'Ireland'],
      ['aussie here', 'AU', 'aussie'],
      ['we are Aussies', 'AU', 'Aussies'],
      ['im a kiwi', 'NZ', 'kiwi'],
      ['im from the uk', 'GB', 'uk'],
      ['uk citizen', 'GB', 'uk'],
      ['from uk', 'GB', 'uk'],
      ['german 🇩🇪', 'DE', 'german'],
      ['🇩🇪', 'DE', '🇩🇪'],
      ['24, student 🇸🇪', 'SE', '🇸🇪'],
      ['Tico student here', 'CR', 'Tico'],
      ['je suis française', 'FR', 'française'],
      ['ich bin Deutscher', 'DE', 'Deutscher'],
      ['soy española', 'ES', 'española'],
      ['sou brasileiro', 'BR', 'brasileiro'],
      ["Italy's age limit", 'IT', "Italy's"],
      ['can argentinians do co-op', 'AR', 'argentinians'],
      ['Bosnian passport holder here', 'BA', 'Bosnian'],
      ['Herzegovinian', 'BA', 'Herzegovinian'],
      ['max age for Poles?', 'PL', 'Poles'],
      ["I'm from the States", 'US', 'States'],
      ["Germny's age limit", 'DE', "Germny's"],
      ['from Latin America, Chile', 'CL', 'Chile'],
    ];
    for (const [text, code, matched] of cases) {
      it(`"${text}" is ${code}`, async () => {
        const mention = resolver.find(text);
        expect(mention?.code).to.equal(code);
        expect(mention?.matched).to.equal(matched);
      });
    }
  });

  describe('forgives a small typo in a long enough name', () => {
    const cases: [string, string][] = [
      ['Swizerland', 'CH'],
      ['Germnay', 'DE'],
      ['Portugual', 'PT'],
      ['Austrailia', 'AU'],
      ['Swedn', 'SE'],
      ['Irland', 'IE'],
      ['new zeland', 'NZ'],
    ];
    for (const [text, code] of cases) {
      it(`"${text}" is ${code}`, async () => {
        expect(resolver.find(text)?.code).to.equal(code);
      });
    }
  });

  describe('reads no country into ordinary words', () => {
    const texts = [
      'land',
      'the land of opportunity',
      'I am in Montreal',
      'can you tell us more',
      'send us the form',
      'I have a child',
      'I will finish my studies in June',
      'can i take my childern with me',
      'what are the wages like',
      'my island',
      'a woman at the office',
      'how do I begin',
      'uk thanks',
      'ok uk, got it',
      '🇪🇺',
      "thanks, that's all for now!",
      "I'm not sure if that's the real application",
      'we have students from all over Europe, South America and Asia',
      'students from Latin America',
      'my internship is in British Columbia',
      'I studied in New South Wales',
      'Danke, tschüss!',
      "I'm studying tourism in Granada",
      'the member states of the EU',
    ];
    for (const text of texts) {
      it(`"${text}"`, async () => {
        expect(resolver.find(text)).to.equal(undefined);
      });
    }
  });

  it('tells participating countries from the others', async () => {
    expect(resolver.find('Taiwanese')).to.deep.equal({ code: 'TW', name: 'Taiwan', participating: true, matched: 'Taiwanese' });
    expect(resolver.find('Japan')).to.deep.equal({ code: 'JP', name: 'Japan', participating: false, matched: 'Japan' });
  });

  it('finds every country of a text once, in order', async () => {
    const found = resolver.findAll('I am German but live in Japan; my wife is Chilean and loves Germany');
    expect(found.map((m) => m.code)).to.deep.equal(['DE', 'JP', 'CL']);
  });

  it('reads a flag as its country', async () => {
    expect(resolver.findAll('🇩🇪 🇳🇿 🇨🇦').map((m) => [m.code, m.participating])).to.deep.equal([['DE', true], ['NZ', false], ['CA', false]]);
  });

  it('finds nothing in an empty text', async () => {
    expect(resolver.findAll('')).to.deep.equal([]);
  });

  it('finds a country in a long message in well under a millisecond', async () => {
    const text =
      'Hi there, I am a 23 year old engineering student and I have just landed an internship offer in ' +
      'Montreal for next spring, which I am super excited about, and I am from Swizerland';
    resolver.find(text);
    const rounds = 200;
    const start = process.hrtime.bigint();
    for (let i = 0; i < rounds; i++) resolver.find(text);
    const microseconds = Number(process.hrtime.bigint() - start) / 1000 / rounds;
    expect(microseconds).to.be.below(1000);
  });
});
