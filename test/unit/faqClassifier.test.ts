import { expect } from 'chai';
import { FaqClassifier, textFeatures } from '../../src/knowledge/faqClassifier';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import type { FaqEntry } from '../../src/knowledge/types';

function entry(id: string, phrasings: string[], keywords: string[]): FaqEntry {
  return { id, title: id, phrasings, keywords, answer: 'an answer', source: 'a section', seasonal: false };
}

function features(text: string): { term: string; weight: number }[] {
  return textFeatures(text).map((term) => ({ term, weight: 1 }));
}

describe('FaqClassifier', () => {
  const citizenship = entry('citizenship', ['do I need to be a citizen', 'is residence enough without citizenship'], ['citizen']);
  const residence = entry('residence', ['do I need to live in my country', 'can I apply while living abroad'], ['live']);
  const classifier = new FaqClassifier([citizenship, residence]);

  it('prefers the entry whose own words the question uses', async () => {
    const [best] = classifier.classify(features('I live abroad, can I still apply'));
    expect(best.entry.id).to.equal('residence');
    expect(best.probability).to.be.above(0.5);
  });

  it('gives probabilities that sum to one, most probable first', async () => {
    const ranked = classifier.classify(features('citizen'));
    expect(ranked.map((r) => r.entry.id)).to.deep.equal(['citizenship', 'residence']);
    expect(ranked.reduce((sum, r) => sum + r.probability, 0)).to.be.closeTo(1, 1e-9);
  });

  it('ignores words no entry uses', async () => {
    const ranked = classifier.classify(features('zebra xylophone'));
    expect(ranked[0].probability).to.be.closeTo(0.5, 1e-9);
  });

  it('reads stems and pairs of neighbouring stems, stopwords left out', async () => {
    expect(textFeatures('Do I need a job offer?')).to.deep.equal(['job', 'offer', 'job offer']);
  });

  it("puts each entry's own phrasings first in the knowledge base", async () => {
    const kb = loadKnowledge();
    const all = new FaqClassifier(kb.faq);
    const misplaced = kb.faq.flatMap((e) =>
      e.phrasings.filter((p) => all.classify(features(p))[0].entry.id !== e.id).map((p) => `${e.id}: ${p}`),
    );
    expect(misplaced.length).to.be.below(kb.faq.length);
  });
});
