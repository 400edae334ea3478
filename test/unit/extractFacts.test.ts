import { expect } from 'chai';
import countries from '../../knowledge/countries.json';
import type { Profile, ProfileField } from '../../src/eligibility/types';
import { createCountryResolver } from '../../src/understanding/countryResolver';
import { extractFacts, type ExtractContext } from '../../src/understanding/extractFacts';

const resolver = createCountryResolver(countries.countries.map((c) => c.code));
const context = (expecting?: ProfileField, locale = 'en-US'): ExtractContext => ({ locale, refDate: '2026-01-15', resolver, expecting });
const factsOf = (text: string, expecting?: ProfileField): Partial<Profile> => extractFacts(text, context(expecting)).facts;

describe('extractFacts', () => {
  it('finds every fact of a long message at once', () => {
    expect(factsOf("I'm 24 and German, born 3 March 2001, internship from June to November next year, TEER 2")).to.deep.equal({
      statedAge: 24,
      citizenship: 'DE',
      dateOfBirth: '2001-03-03',
      internshipStart: '2027-06-01',
      internshipEnd: '2027-11-30',
      teer: 2,
    });
    expect(factsOf('I am Italian, 27 years old, my internship is NOC 21231')).to.deep.equal({ citizenship: 'IT', statedAge: 27, teer: 1 });
    expect(factsOf('I was born on 3 March 2001 and I start work on 1 June 2027. My passport expires on 14 May 2030.')).to.deep.equal({
      dateOfBirth: '2001-03-03',
      internshipStart: '2027-06-01',
      passportExpiry: '2030-05-14',
    });
    expect(factsOf('My name is Anna, I am 22, Polish, studying in Warsaw')).to.deep.equal({ statedAge: 22, citizenship: 'PL', enrolled: true });
    expect(factsOf('Sweden, 25, student')).to.deep.equal({ citizenship: 'SE', statedAge: 25, enrolled: true });
    expect(factsOf('from 06/01/2027 to 11/30/2027, born 03/04/1999')).to.deep.equal({
      internshipStart: '2027-06-01',
      internshipEnd: '2027-11-30',
      dateOfBirth: '1999-03-04',
    });
    expect(factsOf("I'm a student, I have a job offer, no kids and I have health insurance")).to.deep.equal({
      enrolled: true,
      hasJobOffer: true,
      hasDependants: false,
      hasInsurance: true,
    });
  });

  describe('statements without a pending question', () => {
    const cases: [string, Partial<Profile>][] = [
      ["I'm 24 and German", { statedAge: 24, citizenship: 'DE' }],
      ['born 12 March 1999', { dateOfBirth: '1999-03-12' }],
      ['Czechia', { citizenship: 'CZ' }],
      ['Swiss passport', { citizenship: 'CH' }],
      ["I'm from Poland", { citizenship: 'PL' }],
      ['from June 1 to November 30 2027', { internshipStart: '2027-06-01', internshipEnd: '2027-11-30' }],
      ['June to November next year', { internshipStart: '2027-06-01', internshipEnd: '2027-11-30' }],
      ['the internship starts on 1 June 2027', { internshipStart: '2027-06-01' }],
      ['it starts 1 june 2027 and ends 30 november 2027', { internshipStart: '2027-06-01', internshipEnd: '2027-11-30' }],
      ['my passport is valid until 14/05/2030', { passportExpiry: '2030-05-14' }],
      ['TEER 1', { teer: 1 }],
      ['teer category 2', { teer: 2 }],
      ["I'm a student", { enrolled: true }],
      ["I'm enrolled at university", { enrolled: true }],
      ["I'm a master's student at TU Munich", { enrolled: true }],
      ["I'm not a student anymore", { enrolled: false }],
      ['I have a job offer', { hasJobOffer: true }],
      ["I've got an internship offer", { hasJobOffer: true }],
      ["I don't have a job offer yet", { hasJobOffer: false }],
      ['I have kids', { hasDependants: true }],
      ['I have 2 kids', { hasDependants: true }],
      ["I'll bring my children", { hasDependants: true }],
      ['no kids', { hasDependants: false }],
      ['I will travel alone', { hasDependants: false }],
      ["I don't have any children", { hasDependants: false }],
      ['I have health insurance', { hasInsurance: true }],
      ["I'll buy travel insurance", { hasInsurance: true }],
      ['I have no insurance', { hasInsurance: false }],
      ['I have 3000 dollars', { hasFunds: true }],
      ['I have $2,000 saved', { hasFunds: false }],
      ['I have 3,000 CAD', { hasFunds: true }],
      ['I have enough money', { hasFunds: true }],
      ['I have a return ticket', { hasDepartureTicket: true }],
      ['The internship is mandatory for my degree and related to my studies', { requiredForStudies: true, linkedToStudies: true }],
      ["It's not related to my studies", { linkedToStudies: false }],
      ['the placement is optional', { requiredForStudies: false }],
      ['I did a working holiday before', { earlierParticipations: 1 }],
      ['I have never participated in IEC', { earlierParticipations: 0 }],
      ['I live in France but I am German', { citizenship: 'DE', residentInCitizenshipCountry: false }],
      ['I live in Germany and I am German', { citizenship: 'DE', residentInCitizenshipCountry: true }],
    ];
    for (const [text, facts] of cases) {
      it(`reads "${text}"`, () => {
        expect(factsOf(text)).to.deep.equal(facts);
      });
    }
  });

  describe('self-descriptions as people type them', () => {
    const cases: [string, Partial<Profile>][] = [
      ["I'm Swedish and 24", { citizenship: 'SE', statedAge: 24 }],
      ["I'm Swedish, 24 years old, can I apply?", { citizenship: 'SE', statedAge: 24 }],
      ["I'm actually 38", { statedAge: 38 }],
      ["I'm now 31", { statedAge: 31 }],
      ['I just turned 30', { statedAge: 30 }],
      ["I'll be 25", {}],
      ["I'll be 25 years old next month", {}],
      ['24 y/o, Korean citizen', { statedAge: 24, citizenship: 'KR' }],
      ["Hi! I'm Lena, 21, Austrian uni student", { statedAge: 21, citizenship: 'AT', enrolled: true }],
      ['I am a resident of Germany', {}],
      ["I'm a permanent resident of Spain", {}],
      ["I'm a Swedish resident", {}],
      ['I live in Sweden', {}],
      ['I am German, resident of France', { citizenship: 'DE', residentInCitizenshipCountry: false }],
      ["I'm a resident of Germany and a German citizen", { citizenship: 'DE', residentInCitizenshipCountry: true }],
      ["I'm Swedish, living in Sweden", { citizenship: 'SE', residentInCitizenshipCountry: true }],
      ["I'm Polish but I've lived in Ireland for 5 years", { citizenship: 'PL', residentInCitizenshipCountry: false }],
      ['I lived in France for 3 years, I am German', { citizenship: 'DE' }],
      ["I'm German, the company is based in Germany", { citizenship: 'DE' }],
      ["I'm Swedish, currently based in Norway", { citizenship: 'SE', residentInCitizenshipCountry: false }],
      ["I'm an Italian living abroad", { citizenship: 'IT', residentInCitizenshipCountry: false }],
      ['german here', { citizenship: 'DE' }],
      ['dutch guy, studying in Delft', { citizenship: 'NL', enrolled: true }],
      ['nationality: Irish', { citizenship: 'IE' }],
      ["I'm a 25 year old french student", { statedAge: 25, citizenship: 'FR', enrolled: true }],
      ['student at uni', { enrolled: true }],
      ["I'm in my third year of university", { enrolled: true }],
      ['final year of my masters', { enrolled: true }],
      ["I'm doing my PhD at ETH", { enrolled: true }],
      ['I go to uni in Paris', { enrolled: true }],
      ['currently in my 2nd semester', { enrolled: true }],
      ['postgrad student here', { enrolled: true }],
      ["I'm Swedish and 24 and a student", { citizenship: 'SE', statedAge: 24, enrolled: true }],
      ['im 23 from germany studying CS at TUM', { statedAge: 23, citizenship: 'DE', enrolled: true }],
      ['I used to be a student', {}],
      ['I stopped studying last year', { enrolled: false }],
      ['I graduated last year', { enrolled: false }],
      ["I'm a recent grad", { enrolled: false }],
      ['I graduated in May, now doing a masters', { enrolled: true }],
      ["I finished my bachelor's and I'm doing a master's", { enrolled: true }],
      ["I'm going to be a student next year", {}],
      ['I am in my gap year', {}],
      ['signed internship offer', { hasJobOffer: true }],
      ['my offer is signed', { hasJobOffer: true }],
      ['got an internship at a company in Toronto', { hasJobOffer: true }],
      ["i'm 25 and have a signed contract with a firm in Calgary", { statedAge: 25, hasJobOffer: true }],
      ['a company in Toronto offered me an internship', { hasJobOffer: true }],
      ['I was hired as an intern at Shopify', { hasJobOffer: true }],
      ['I have a job offer if that matters', { hasJobOffer: true }],
      ['I have an interview for an internship in Vancouver', {}],
      ['I found an internship posting', {}],
      ['I have a job offer if I get the visa', {}],
      ['my brother got an internship in Toronto', {}],
      ["I have kids but they'll stay home", { hasDependants: false }],
      ["I have 2 kids, they won't come with me", { hasDependants: false }],
      ['I have kids, leaving them with my parents', { hasDependants: false }],
      ['my son will come with me', { hasDependants: true }],
      ['I have a 3 year old', { hasDependants: true }],
      ['I have a 10 year old', { hasDependants: true }],
      ['my son is 12 years old', { hasDependants: true }],
      ['I have no criminal record', { admissible: true }],
      ["I'm admissible", { admissible: true }],
      ["I've never been refused entry to Canada", { admissible: true }],
      ['no convictions, no kids', { admissible: true, hasDependants: false }],
      ["I'm inadmissible", { admissible: false }],
      ['I have a criminal record', {}],
      ["I don't know if I'm admissible", {}],
      ["I'm 24 and my internship is mandatory", { statedAge: 24, requiredForStudies: true }],
      ['my uni requires the internship', { requiredForStudies: true }],
      ["it's required by my university", { requiredForStudies: true }],
      ['the internship is required to be paid', {}],
      ['have health insurance', { hasInsurance: true }],
      ['got travel insurance sorted', { hasInsurance: true }],
      ['return ticket booked', { hasDepartureTicket: true }],
      ['flights booked both ways', { hasDepartureTicket: true }],
      ['have $3000', { hasFunds: true }],
      ['got 3k CAD saved', { hasFunds: true }],
      ['I did a WHV in Canada in 2019', { earlierParticipations: 1 }],
      ['I was in Canada on a working holiday visa in 2018', { earlierParticipations: 1 }],
      ['I did a working holiday in Australia', {}],
      ['Hey there! 27F from Belgium', { statedAge: 27, citizenship: 'BE' }],
      ["Hi, I'm Marco (28) from Italy.", { statedAge: 28, citizenship: 'IT' }],
      ['im swedish n 24', { statedAge: 24, citizenship: 'SE' }],
      ['Im 24 nd german', { statedAge: 24, citizenship: 'DE' }],
      ["I'm Danish and 27 😊", { statedAge: 27, citizenship: 'DK' }],
      ['swiss 🇨🇭 25 y/o', { statedAge: 25, citizenship: 'CH' }],
      ['24, swede, uni student 🇸🇪', { statedAge: 24, citizenship: 'SE', enrolled: true }],
      ['im studyin in berlin', { enrolled: true }],
      ['in uni rn', { enrolled: true }],
      ["I'm 28 and have a 2 year old son", { statedAge: 28, hasDependants: true }],
      ['Student: yes, Job offer: yes', { enrolled: true, hasJobOffer: true }],
      ['Age 25\nNationality: Greek\nStudent: yes\nCriminal record: no\nKids: none', {
        statedAge: 25, citizenship: 'GR', enrolled: true, admissible: true, hasDependants: false,
      }],
      ['criminal record: yes', {}],
      ['Sweden 25', {}],
      ['hey, 26 and Irish', { statedAge: 26, citizenship: 'IE' }],
      ['25 German student', { statedAge: 25, citizenship: 'DE', enrolled: true }],
      ['student, 22 and Dutch', { statedAge: 22, citizenship: 'NL', enrolled: true }],
      ['Sweden,25,student', { statedAge: 25, citizenship: 'SE', enrolled: true }],
      ['my brother is 25 and German', {}],
      ['my kids are 16 and 18', { hasDependants: true }],
      ['je suis française', { citizenship: 'FR' }],
      ['Brazilian engineering student, can I apply?', { citizenship: 'BR', enrolled: true }],
      ['ich bin Deutscher, 25', { citizenship: 'DE', statedAge: 25 }],
      ["my brother's kids are 5 and 7", {}],
      ["I'm a student advisor", {}],
      ["I'm in my first year of work", {}],
      ['I have a contract with my phone company', {}],
      ['I have an offer on a house', {}],
      ['I have never been refused anything', {}],
      ['never been denied a visa', { admissible: true }],
      ['I have a job offer and health insurance', { hasJobOffer: true, hasInsurance: true }],
      ['I have a job offer and need insurance', { hasJobOffer: true }],
      ['I have no kids and no insurance', { hasDependants: false, hasInsurance: false }],
      ["I've got a return ticket and travel insurance", { hasDepartureTicket: true, hasInsurance: true }],
      ['hello im 19 and from ireland, in 2nd year of college', { statedAge: 19, citizenship: 'IE', enrolled: true }],
      ['I finished uni in June', { enrolled: false }],
      ['I graduate in June 2027 and start my internship on 1 July 2027', { internshipStart: '2027-07-01' }],
      ['my degree ends in May 2027', {}],
      ['I studied from 2019 to 2023', {}],
      ['my uni requires the internship, from June to November 2027', { requiredForStudies: true, internshipStart: '2027-06-01', internshipEnd: '2027-11-30' }],
      ['I finish my internship in June 2027', { internshipEnd: '2027-06-30' }],
      ['hey, 26, Irish, can I apply?', { statedAge: 26, citizenship: 'IE' }],
      ['german here, 25', { citizenship: 'DE', statedAge: 25 }],
      ['twenty three, portuguese', { statedAge: 23, citizenship: 'PT' }],
      ['student, 22', { enrolled: true, statedAge: 22 }],
      ['26, can I apply?', {}],
      ['German, 3 months', { citizenship: 'DE' }],
      ['German, 25 dollars', { citizenship: 'DE' }],
      ['German, TEER 2', { citizenship: 'DE', teer: 2 }],
      ['German, 2027', { citizenship: 'DE' }],
      ['German, internship from June 25, 2027 to November 30, 2027', { citizenship: 'DE', internshipStart: '2027-06-25', internshipEnd: '2027-11-30' }],
      ['German, internship starts in June, 25', { citizenship: 'DE', internshipStart: '2026-06-25' }],
      ['25, 30', {}],
      ['German, 25,000 dollars saved', { citizenship: 'DE' }],
      ['German, 25.5 hours a week', { citizenship: 'DE' }],
      ['Sweden,25, student', { citizenship: 'SE', statedAge: 25, enrolled: true }],
      ["my kids are 16 and 18, I'm German", { citizenship: 'DE', hasDependants: true }],
      ['German, I have 2 kids, 25', { citizenship: 'DE', hasDependants: true }],
      ['aussie here', { citizenship: 'AU' }],
      ['im a kiwi', { citizenship: 'NZ' }],
      ['im from the uk', { citizenship: 'GB' }],
      ['🇩🇪', { citizenship: 'DE' }],
      ['uk, thanks', {}],
      ['Police certificate from Germany', {}],
      ["I'm getting a criminal record check from France", {}],
      ['my degree is from Spain', {}],
      ['im 24, from germany', { statedAge: 24, citizenship: 'DE' }],
      ['just turned 18', { statedAge: 18 }],
      ['internship confirmed with Shopify', { hasJobOffer: true }],
      ['My internship is confirmed but not signed', { hasJobOffer: false }],
      ["I have an offer, the contract isn't signed yet", { hasJobOffer: false }],
      ['in first year of the permit', {}],
      [
        'hey, 26, Irish, doing a masters, got an internship offer in Montreal from Sept to Feb',
        { statedAge: 26, citizenship: 'IE', enrolled: true, hasJobOffer: true, internshipStart: '2026-09-01', internshipEnd: '2027-02-28' },
      ],
    ];
    for (const [text, facts] of cases) {
      it(`reads "${text}"`, () => {
        expect(factsOf(text)).to.deep.equal(facts);
      });
    }
  });

  describe('does not over-extract', () => {
    const nothing = [
      'can I bring my kids?',
      "what's the age limit for Sweden?",
      'Is 31 too old for Germany?',
      'How much money do I need, is 3000 dollars enough?',
      'Do I need health insurance',
      'internship in Canada',
      'my girlfriend is French',
      'I have 3000 euros',
      'I earn $3000 a month',
      'what if I have a criminal record?',
      'Am I admissible with a DUI?',
      "can I apply if I'm a resident of Germany?",
      'do students need a signed offer?',
      '03/04/1999',
      'hello',
    ];
    for (const text of nothing) {
      it(`finds nothing it should not in "${text}"`, () => {
        expect(factsOf(text)).to.deep.equal({});
      });
    }
    it('takes the first-person statement that leads a question', () => {
      expect(factsOf("I'm German, can I apply?")).to.deep.equal({ citizenship: 'DE' });
      expect(factsOf("I'm 36, is that too old?")).to.deep.equal({ statedAge: 36 });
      expect(factsOf('I have kids, is that a problem?')).to.deep.equal({ hasDependants: true });
    });
    it('keeps a place apart from a citizenship', () => {
      expect(factsOf("I'm a student in Germany")).to.deep.equal({ enrolled: true });
      expect(factsOf('I was born in Spain but I am French')).to.deep.equal({ citizenship: 'FR' });
    });
  });

  describe('corrections', () => {
    it('extracts a changed answer again, as it is', () => {
      expect(factsOf("actually I'm 31")).to.deep.equal({ statedAge: 31 });
      expect(factsOf("no, I'm Swiss")).to.deep.equal({ citizenship: 'CH' });
      expect(factsOf('sorry, I meant TEER 3')).to.deep.equal({ teer: 3 });
      expect(factsOf('oops, my birthday is 4 March 1999')).to.deep.equal({ dateOfBirth: '1999-03-04' });
    });
  });

  describe('bare answers to the pending question', () => {
    const cases: [string, ProfileField, Partial<Profile>][] = [
      ['yep', 'hasJobOffer', { hasJobOffer: true }],
      ['of course', 'enrolled', { enrolled: true }],
      ['not really', 'requiredForStudies', { requiredForStudies: false }],
      ['I do', 'hasInsurance', { hasInsurance: true }],
      ['nope', 'admissible', { admissible: false }],
      ['yes', 'australiaParticipationSince2015', { australiaParticipationSince2015: true }],
      ['24', 'statedAge', { statedAge: 24 }],
      ['twenty-four', 'dateOfBirth', { statedAge: 24 }],
      ['12 March 1999', 'dateOfBirth', { dateOfBirth: '1999-03-12' }],
      ['2', 'teer', { teer: 2 }],
      ['category 0', 'teer', { teer: 0 }],
      ['Czechia', 'citizenship', { citizenship: 'CZ' }],
      ['June to Nov', 'internshipStart', { internshipStart: '2026-06-01', internshipEnd: '2026-11-30' }],
      ['June 2027', 'internshipStart', { internshipStart: '2027-06-01' }],
      ['November 2027', 'internshipEnd', { internshipEnd: '2027-11-30' }],
      ['14 May 2030', 'passportExpiry', { passportExpiry: '2030-05-14' }],
      ['once', 'earlierParticipations', { earlierParticipations: 1 }],
      ['never', 'earlierParticipations', { earlierParticipations: 0 }],
      ['3000', 'hasFunds', { hasFunds: true }],
      ['about 1500 dollars', 'hasFunds', { hasFunds: false }],
      ['no criminal record', 'admissible', { admissible: true }],
      ['no, I have a record', 'admissible', { admissible: false }],
      ['I have one', 'hasJobOffer', { hasJobOffer: true }],
      ['yes, no record', 'admissible', { admissible: true }],
      ['graduated in june', 'enrolled', { enrolled: false }],
      ['will buy it', 'hasInsurance', { hasInsurance: true }],
      ["can't get one", 'hasInsurance', { hasInsurance: false }],
      ["isn't required", 'requiredForStudies', { requiredForStudies: false }],
    ];
    for (const [text, expecting, facts] of cases) {
      it(`reads "${text}" as the answer about ${expecting}`, () => {
        expect(factsOf(text, expecting)).to.deep.equal(facts);
      });
    }

    it('answers the question and keeps the other facts', () => {
      expect(factsOf("no, I'm Swiss", 'hasJobOffer')).to.deep.equal({ hasJobOffer: false, citizenship: 'CH' });
      expect(factsOf('yes and I have kids', 'hasInsurance')).to.deep.equal({ hasInsurance: true, hasDependants: true });
    });
    it('does not take another statement as a yes', () => {
      expect(factsOf('I have kids', 'hasInsurance')).to.deep.equal({ hasDependants: true });
      expect(factsOf("I'm German", 'enrolled')).to.deep.equal({ citizenship: 'DE' });
      expect(factsOf('born 12 March 1999', 'statedAge')).to.deep.equal({ dateOfBirth: '1999-03-12' });
    });
    it('answers nothing when the person asks something instead', () => {
      expect(extractFacts('can I bring my kids?', context('hasDependants'))).to.deep.equal({ facts: {}, ambiguities: [], rejected: [] });
    });
  });

  describe('ambiguous and rejected facts', () => {
    it('confirms 03/04/1999 back, in the order of the locale', () => {
      expect(extractFacts('born 03/04/1999', context(undefined, 'en-US'))).to.deep.equal({
        facts: { dateOfBirth: '1999-03-04' },
        ambiguities: [{ chosen: { dateOfBirth: '1999-03-04' }, alternatives: [{ dateOfBirth: '1999-04-03' }] }],
        rejected: [],
      });
      expect(extractFacts('03/04/1999', context('dateOfBirth', 'en-GB'))).to.deep.include({
        facts: { dateOfBirth: '1999-04-03' },
        ambiguities: [{ chosen: { dateOfBirth: '1999-04-03' }, alternatives: [{ dateOfBirth: '1999-03-04' }] }],
      });
    });
    it('needs no confirmation when another date of the message shows the order', () => {
      expect(extractFacts('internship 01/06/2027 - 30/11/2027', context(undefined, 'en-US')).ambiguities).to.deep.equal([]);
    });
    it('confirms a dual citizenship, participating country first', () => {
      expect(extractFacts("I'm Brazilian and Italian", context()).ambiguities).to.deep.equal([
        { chosen: { citizenship: 'IT' }, alternatives: [{ citizenship: 'BR' }] },
      ]);
    });
    const rejected: [string, ProfileField | undefined, ProfileField, RegExp][] = [
      ['born in 1999', undefined, 'dateOfBirth', /full date of birth/],
      ['born 3 April 2030', undefined, 'dateOfBirth', /in the future/],
      ['born in 99', 'dateOfBirth', 'dateOfBirth', /couldn't read a date.*12 March 1999/],
      ["I was born in '99", 'dateOfBirth', 'dateOfBirth', /couldn't read a date/],
      ['TEER 7', undefined, 'teer', /0 to 5/],
      ['internship from November 2027 to June 2027', undefined, 'internshipStart', /before the start/],
      ['blue', 'hasInsurance', 'hasInsurance', /yes or no/],
      ["I'm not sure", 'hasInsurance', 'hasInsurance', /When you know/],
      ['xyz', 'citizenship', 'citizenship', /didn't recognise a country/],
      ['soon', 'internshipStart', 'internshipStart', /couldn't read a date/],
      ['3000 euros', 'hasFunds', 'hasFunds', /CAD 2,500/],
      ["I'll be 25 next month", 'statedAge', 'statedAge', /today/],
      ["I'll be 25", 'statedAge', 'statedAge', /today/],
      ['26 next month', 'statedAge', 'statedAge', /today/],
      ['I live in Sweden', 'citizenship', 'citizenship', /where you live.*passport/],
      ["I'm a resident of Germany", 'citizenship', 'citizenship', /where you live.*passport/],
      ['I have a criminal record', 'admissible', 'admissible', /admissible to Canada\? Please answer yes or no/],
      ['yes I have a criminal record', 'admissible', 'admissible', /admissible to Canada\? Please answer yes or no/],
      ['I have an interview next week', 'hasJobOffer', 'hasJobOffer', /signed job offer/],
    ];
    for (const [text, expecting, field, reason] of rejected) {
      it(`explains why "${text}" gives no ${field}`, () => {
        const result = extractFacts(text, context(expecting));
        expect(result.facts[field]).to.equal(undefined);
        expect(result.rejected.map((r) => r.field)).to.include(field);
        expect(result.rejected.find((r) => r.field === field)?.reason).to.match(reason);
      });
    }
  });
});
