import assert from 'node:assert/strict';
import faqJson from '../../knowledge/faq.json';
import countriesJson from '../../knowledge/countries.json';
import { loadKnowledge, validateKnowledge } from '../../src/knowledge/loadKnowledge';

const EXPECTED_IDS = [
  'what-is-coop', 'job-offer', 'same-employer', 'advantages', 'second-participation', 'countries',
  'age-limits', 'permit-length', 'student-status', 'field-of-study', 'internship-required',
  'teer-category', 'citizenship', 'passport', 'funds', 'health-insurance', 'admissibility',
  'departure-ticket', 'dependants', 'residence', 'requirements', 'how-to-apply', 'questionnaire',
  'profile-and-pool', 'invitation', 'documents', 'internship-agreement', 'fees',
  'offer-of-employment-number', 'processing-time', 'season-dates',
];

const SOURCE_SECTIONS = [
  'Introduction',
  'What is IEC International Co-Op?',
  'Who can apply?',
  'How to get a work permit',
  'Eligibility requirements',
];

/** The source's "Who can apply?" table: code, name, min age, max age, maximum months. */
const SOURCE_TABLE: [string, string, number, number, number][] = [
  ['AU', 'Australia', 18, 30, 24],
  ['AT', 'Austria', 18, 35, 6],
  ['CL', 'Chile', 18, 35, 12],
  ['CR', 'Costa Rica', 18, 35, 12],
  ['HR', 'Croatia', 18, 35, 12],
  ['CZ', 'Czech Republic', 18, 35, 12],
  ['EE', 'Estonia', 18, 35, 12],
  ['FR', 'France', 18, 35, 12],
  ['DE', 'Germany', 18, 35, 12],
  ['GR', 'Greece', 18, 35, 12],
  ['IE', 'Ireland', 18, 35, 12],
  ['IT', 'Italy', 18, 35, 24],
  ['LV', 'Latvia', 18, 35, 12],
  ['LT', 'Lithuania', 18, 35, 12],
  ['LU', 'Luxembourg', 18, 30, 12],
  ['NO', 'Norway', 18, 35, 12],
  ['PL', 'Poland', 18, 35, 12],
  ['PT', 'Portugal', 18, 35, 24],
  ['SK', 'Slovakia', 18, 35, 12],
  ['SI', 'Slovenia', 18, 35, 12],
  ['ES', 'Spain', 18, 35, 12],
  ['SE', 'Sweden', 18, 30, 12],
  ['CH', 'Switzerland', 18, 35, 18],
  ['TW', 'Taiwan', 18, 35, 12],
];

interface RawFaq { season: number; entries: Record<string, unknown>[] }
interface RawCountries { season: number; countries: Record<string, unknown>[] }

function faqCopy(): RawFaq {
  return structuredClone(faqJson) as RawFaq;
}

function countriesCopy(): RawCountries {
  return structuredClone(countriesJson) as RawCountries;
}

function entryIndex(raw: RawFaq, id: string): number {
  const index = raw.entries.findIndex((e) => e.id === id);
  if (index < 0) throw new Error(`no entry ${id}`);
  return index;
}

const kb = loadKnowledge();
const entry = (id: string) => {
  const found = kb.faq.find((e) => e.id === id);
  if (found === undefined) throw new Error(`no entry ${id}`);
  return found;
};

describe('knowledge files', () => {
  describe('validation', () => {
    it('accepts the real files', () => {
      assert.equal(kb.season, 2024);
      assert.equal(kb.faq.length, EXPECTED_IDS.length);
      assert.equal(kb.countries.length, 24);
    });

    it('rejects an entry without a source, naming file, entry and field', () => {
      const raw = faqCopy();
      delete raw.entries[entryIndex(raw, 'fees')].source;
      assert.throws(() => validateKnowledge(raw, countriesJson), /knowledge\/faq\.json.*entry "fees".*"source"/);
    });

    it('rejects an empty phrasing list', () => {
      const raw = faqCopy();
      raw.entries[entryIndex(raw, 'funds')].phrasings = [];
      assert.throws(() => validateKnowledge(raw, countriesJson), /faq\.json.*entry "funds".*"phrasings"/);
    });

    it('rejects a non-boolean seasonal flag', () => {
      const raw = faqCopy();
      raw.entries[entryIndex(raw, 'fees')].seasonal = 'yes';
      assert.throws(() => validateKnowledge(raw, countriesJson), /entry "fees".*"seasonal".*boolean/);
    });

    it('rejects a next step that names no entry', () => {
      const raw = faqCopy();
      raw.entries[entryIndex(raw, 'questionnaire')].nextStep = 'profile';
      assert.throws(() => validateKnowledge(raw, countriesJson), /entry "questionnaire".*"nextStep".*"profile"/);
    });

    it('rejects a duplicate id', () => {
      const raw = faqCopy();
      raw.entries.push({ ...raw.entries[entryIndex(raw, 'passport')], phrasings: ['a brand new phrasing'] });
      assert.throws(() => validateKnowledge(raw, countriesJson), /faq\.json.*entry "passport".*duplicate id/);
    });

    it('rejects an id that is not kebab-case', () => {
      const raw = faqCopy();
      raw.entries[entryIndex(raw, 'passport')].id = 'Passport_Validity';
      assert.throws(() => validateKnowledge(raw, countriesJson), /entry "Passport_Validity".*kebab-case/);
    });

    it('rejects a phrasing shared by two entries, ignoring case and punctuation', () => {
      const raw = faqCopy();
      const fees = raw.entries[entryIndex(raw, 'fees')];
      fees.phrasings = [...(fees.phrasings as string[]), 'how much money do i need'];
      assert.throws(
        () => validateKnowledge(raw, countriesJson),
        /faq\.json.*entry "(fees|funds)".*phrasing "[^"]+" is also a phrasing of entry "(fees|funds)"/i,
      );
    });

    const badRows: [string, (row: Record<string, unknown>) => void, RegExp][] = [
      ['a lowercase code', (row) => { row.code = 'fr'; }, /country "fr".*"code".*two capital letters/],
      ['minAge above maxAge', (row) => { row.minAge = 36; }, /country "FR".*"minAge" \(36\) is above "maxAge" \(35\)/],
      ['a zero maxMonths', (row) => { row.maxMonths = 0; }, /country "FR".*"maxMonths" must be > 0/],
      ['a missing name', (row) => { delete row.name; }, /country "FR".*"name"/],
      ['a non-integer age', (row) => { row.maxAge = '35'; }, /country "FR".*"maxAge" must be an integer/],
    ];
    for (const [label, breakRow, message] of badRows) {
      it(`rejects a country row with ${label}`, () => {
        const raw = countriesCopy();
        const row = raw.countries.find((c) => c.code === 'FR');
        if (row === undefined) throw new Error('no FR row');
        breakRow(row);
        assert.throws(() => validateKnowledge(faqJson, raw), new RegExp(`knowledge/countries\\.json.*${message.source}`));
      });
    }

    it('rejects a duplicate country code', () => {
      const raw = countriesCopy();
      raw.countries.push({ ...raw.countries[0] });
      assert.throws(() => validateKnowledge(faqJson, raw), /countries\.json.*country "AU".*duplicate code/);
    });
  });

  describe('FAQ content', () => {
    it('has exactly the agreed entry ids', () => {
      assert.deepEqual(kb.faq.map((e) => e.id).sort(), [...EXPECTED_IDS].sort());
    });

    it('cites a section of the source in every entry', () => {
      for (const e of kb.faq) {
        const sections = e.source.split('; ');
        for (const section of sections) assert.ok(SOURCE_SECTIONS.includes(section), `${e.id}: unknown source "${section}"`);
      }
    });

    it('separates Markdown lists from paragraphs with a blank line, so chat clients do not merge them', () => {
      for (const e of kb.faq) {
        const lines = e.answer.split('\n');
        lines.forEach((line, i) => {
          if (i === 0 || line === '' || lines[i - 1] === '') return;
          const isItem = line.startsWith('- ');
          assert.equal(lines[i - 1].startsWith('- '), isItem, `${e.id}: line ${i + 1} runs into the line before it`);
        });
      }
    });

    it('gives every entry a short title and 12 to 24 phrasings', () => {
      for (const e of kb.faq) {
        assert.ok(e.title.length >= 3 && e.title.length <= 32, `${e.id} title`);
        assert.ok(e.phrasings.length >= 12 && e.phrasings.length <= 24, `${e.id} phrasings`);
        assert.ok(e.keywords.length >= 5, `${e.id} keywords`);
      }
    });

    it('never states the prose figure of 21 countries', () => {
      for (const e of kb.faq) assert.doesNotMatch(e.answer, /21/, e.id);
    });

    it('marks fees, processing time and season dates as seasonal, pointing to 2024 and IRCC', () => {
      const seasonal = kb.faq.filter((e) => e.seasonal).map((e) => e.id);
      for (const id of ['fees', 'processing-time', 'season-dates']) assert.ok(seasonal.includes(id), id);
      for (const e of kb.faq.filter((f) => f.seasonal)) {
        assert.match(e.answer, /2024/, e.id);
        assert.match(e.answer, /IRCC \(Immigration, Refugees and Citizenship Canada\)/, e.id);
      }
    });

    it('keeps the figures of the source', () => {
      assert.match(entry('fees').answer, /CAD 172[\s\S]*CAD 230/);
      assert.match(entry('funds').answer, /CAD 2,500/);
      assert.match(entry('processing-time').answer, /eight weeks/);
      assert.match(entry('season-dates').answer, /December 11, 2023[\s\S]*January 8, 2024/);
      assert.match(entry('teer-category').answer, /TEER 0, 1, 2 or 3/);
      assert.match(entry('age-limits').answer, /18 and 30 or 35 \(inclusive\)/);
    });

    it('lists the 24 countries of the table', () => {
      const answer = entry('countries').answer;
      for (const [, name] of SOURCE_TABLE) assert.ok(answer.includes(name), name);
      assert.match(answer, /\b24 countries\b/);
    });

    it('names every country whose permit is not 12 months, with its figure', () => {
      const answer = entry('permit-length').answer;
      for (const [, name, , , months] of SOURCE_TABLE.filter((row) => row[4] !== 12)) {
        assert.match(answer, new RegExp(`${name}: ${months} months`));
      }
    });

    it('names every 18-30 country in the age answer', () => {
      const answer = entry('age-limits').answer;
      for (const [, name] of SOURCE_TABLE.filter((row) => row[3] === 30)) assert.ok(answer.includes(name), name);
    });

    it('mentions the special cases of second participation', () => {
      const answer = entry('second-participation').answer;
      assert.match(answer, /Italy and Switzerland: up to two IEC participations/);
      assert.match(answer, /Australia.*2015.*12-month/);
    });

    it('chains the steps of getting the permit in the order the application steps give', () => {
      const chain = ['questionnaire'];
      for (let step = entry('questionnaire').nextStep; step !== undefined; step = entry(step).nextStep) chain.push(step);
      assert.deepEqual(chain, ['questionnaire', 'profile-and-pool', 'invitation', 'documents', 'processing-time']);
    });

    it('lists the five items the internship agreement must show', () => {
      const answer = entry('internship-agreement').answer.toLowerCase();
      for (const item of ['position title', 'tasks', 'start and end dates', 'address', 'contact']) {
        assert.ok(answer.includes(item), item);
      }
    });
  });

  describe('country table', () => {
    it('matches the source table row for row', () => {
      const rows = kb.countries.map((c) => [c.code, c.name, c.minAge, c.maxAge, c.maxMonths]);
      assert.deepEqual(rows, SOURCE_TABLE);
    });

    it('keeps the table wording consistent with the figures', () => {
      for (const c of kb.countries) {
        assert.equal(c.table.age.replace('–', '-'), `${c.minAge}-${c.maxAge}`, c.code);
        assert.match(c.table.validity, new RegExp(`^${c.maxMonths} months`), c.code);
      }
    });

    it('gives Australia 12 months for a second participation since 2015', () => {
      const au = kb.countries.find((c) => c.code === 'AU');
      assert.deepEqual(au?.repeatParticipation, { sinceYear: 2015, maxMonths: 12 });
    });

    it('allows Italy and Switzerland up to two participations, and no other country a limit', () => {
      const limited = kb.countries.filter((c) => c.maxParticipations !== undefined);
      assert.deepEqual(limited.map((c) => [c.code, c.maxParticipations]), [['IT', 2], ['CH', 2]]);
      assert.deepEqual(kb.countries.filter((c) => c.repeatParticipation !== undefined).map((c) => c.code), ['AU']);
    });
  });
});
