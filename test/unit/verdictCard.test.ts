import { expect } from 'chai';
import { CARD_VERSION, type CardElement } from '../../src/cards/adaptiveCard';
import { escapeMarkdown } from '../../src/cards/markdown';
import { nextStepsFor } from '../../src/cards/nextSteps';
import { summaryCard } from '../../src/cards/summaryCard';
import { verdictCard, verdictHeadline } from '../../src/cards/verdictCard';
import { evaluate, loadEligibilityRules } from '../../src/eligibility';
import type { Profile, Verdict } from '../../src/eligibility/types';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';

const rules = loadEligibilityRules();
const knowledge = loadKnowledge();
const ELIGIBLE: Profile = {
  citizenship: 'DE', dateOfBirth: '1999-03-12', enrolled: true, hasJobOffer: true, linkedToStudies: true,
  requiredForStudies: true, teer: 2, internshipStart: '2025-06-01', internshipEnd: '2025-11-30',
  passportExpiry: '2030-05-14', hasFunds: true, hasInsurance: true, admissible: true, hasDepartureTicket: true,
  hasDependants: false, residentInCitizenshipCountry: true, earlierParticipations: 0,
};

function judge(profile: Profile): Verdict {
  const result = evaluate(profile, rules, { asOf: '2024-05-02' });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join(' '));
  return result.verdict;
}

function texts(elements: readonly CardElement[]): string[] {
  return elements.flatMap((element) => {
    switch (element.type) {
      case 'TextBlock': return [element.text];
      case 'Container': return texts(element.items);
      case 'ColumnSet': return element.columns.flatMap((column) => texts(column.items));
      case 'FactSet': return element.facts.flatMap((fact) => [fact.title, fact.value]);
    }
  });
}

describe('verdict card', () => {
  it('uses a schema Teams renders and lists every criterion with its status and source', () => {
    const verdict = judge(ELIGIBLE);
    const { card, text } = verdictCard(verdict, { asOf: '2024-05-02', season: 2024, nextSteps: nextStepsFor(verdict, knowledge.faq) });
    expect(card.version).to.equal(CARD_VERSION);
    expect(Number(card.version)).to.be.at.most(1.5);
    expect(card.fallbackText).to.equal(text);
    const shown = texts(card.body);
    expect(shown.filter((t) => t === 'Met')).to.have.length(verdict.criteria.length);
    expect(shown).to.include('Source: Who can apply?; Eligibility requirements');
    expect(shown).to.include('Up to 12 months, set by the longest permit for citizens of your country');
    expect(shown.join('\n')).to.include('CAD 172').and.include('2024 season');
  });

  it('words each status plainly', () => {
    expect(verdictHeadline(judge(ELIGIBLE)).headline).to.equal('You appear to be eligible.');
    expect(verdictHeadline(judge({ ...ELIGIBLE, enrolled: false })).headline).to.equal(
      'You are not eligible because only students registered at a post-secondary institution can apply, and you said you are not registered at one.',
    );
    const two = verdictHeadline(judge({ ...ELIGIBLE, enrolled: false, hasFunds: false }));
    expect(two.headline).to.equal('You are not eligible because:');
    expect(two.reasons).to.have.length(2);
    expect(verdictHeadline(judge({ ...ELIGIBLE, teer: 4 })).headline).to.match(/^You may be eligible: your internship is in NOC TEER category 4/);
    expect(verdictHeadline(judge({ citizenship: 'DE' })).headline).to.equal(rules.summaries.incomplete);
  });

  it('gives next steps only to a verdict that may lead to an application', () => {
    expect(nextStepsFor(judge(ELIGIBLE), knowledge.faq).map((s) => s.title)).to.deep.equal([
      'How to apply', 'Supporting documents', 'Internship agreement', 'Processing time', undefined,
    ]);
    expect(nextStepsFor(judge({ ...ELIGIBLE, enrolled: false }), knowledge.faq)).to.deep.equal([]);
    expect(nextStepsFor(judge({ citizenship: 'DE' }), knowledge.faq)).to.deep.equal([]);
  });
});

describe('summary card', () => {
  it('lists the answers and the skipped facts, escaping Markdown', () => {
    const { card, text } = summaryCard({ citizenship: 'DE', statedAge: 24, hasFunds: true }, ['teer'], (code) => `*${code}*`);
    expect(text).to.include('- Citizenship: *DE*').and.include('- Age: 24').and.include('- NOC TEER category: not given');
    expect(texts(card.body)).to.include('\\*DE\\*');
  });
});

describe('escapeMarkdown', () => {
  it('escapes emphasis, links and list markers, and leaves plain text alone', () => {
    expect(escapeMarkdown('**bold** and [link](http://x)')).to.equal('\\*\\*bold\\*\\* and \\[link\\](http://x)');
    expect(escapeMarkdown('- item\n1. first\n# title')).to.equal('\\- item\n1\\. first\n\\# title');
    expect(escapeMarkdown('You are 25 on 2 May 2024, within the 18 to 35 range.')).to.equal('You are 25 on 2 May 2024, within the 18 to 35 range.');
  });
});
