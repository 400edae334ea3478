import { expect } from 'chai';
import faqJson from '../../knowledge/faq.json';
import countriesJson from '../../knowledge/countries.json';
import { createFaqMatcher } from '../../src/knowledge/faqMatcher';
import { validateKnowledge } from '../../src/knowledge/loadKnowledge';

interface RawFaq {
  entries: { id: string; phrasings: string[] }[];
}

const FOLDS = 5;

describe('FAQ matcher on questions it has never seen', () => {
  it("answers most of the knowledge base's own phrasings when each is left out of it, and rarely the wrong entry", async () => {
    let asked = 0;
    let right = 0;
    let wrong = 0;
    for (let fold = 0; fold < FOLDS; fold++) {
      const raw = structuredClone(faqJson) as RawFaq;
      const unseen: [string, string][] = [];
      for (const entry of raw.entries) {
        entry.phrasings.filter((_, i) => i % FOLDS === fold).forEach((p) => unseen.push([p, entry.id]));
        entry.phrasings = entry.phrasings.filter((_, i) => i % FOLDS !== fold);
      }
      const matcher = createFaqMatcher(validateKnowledge(raw, countriesJson));
      for (const [question, id] of unseen) {
        const result = matcher.match(question);
        asked += 1;
        if (result.kind === 'answer' && result.id === id) right += 1;
        else if (result.kind === 'answer') wrong += 1;
      }
    }
    expect(right / asked).to.be.above(0.76);
    expect(wrong / asked).to.be.below(0.07);
  }).timeout(10000);
});
