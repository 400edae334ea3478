import { expect } from 'chai';
import { parseYesNo, startsWithYesOrNo } from '../../src/understanding/parseYesNo';

describe('parseYesNo', () => {
  const yes = [
    'yes', 'Yes!', 'yeah', 'yep', 'yup', 'sure', 'of course', 'Definitely.', 'absolutely', 'I do', 'I am', 'correct',
    "that's right", 'right', '👍', '👍🏽', 'yes please', 'I have health insurance', 'ok', 'Yes, I do',
    'will do', 'will buy it', 'can get one',
  ];
  const no = [
    'no', 'No.', 'nope', 'nah', 'not really', "I don't", 'I don’t', 'never', 'negative', 'I am not', "I'm not",
    "I haven't", "I can't", 'of course not', 'no way', 'not yet', "it's not required", 'no, I am Swiss', '👎',
  ];
  const unsure = ["I'm not sure", "don't know", 'I do not know', 'no idea', 'maybe', 'dunno', 'not sure yet', 'it depends'];

  for (const text of yes) {
    it(`reads "${text}" as yes`, () => {
      expect(parseYesNo(text)).to.deep.equal({ ok: true, value: true });
    });
  }
  for (const text of no) {
    it(`reads "${text}" as no`, () => {
      expect(parseYesNo(text)).to.deep.equal({ ok: true, value: false });
    });
  }
  for (const text of unsure) {
    it(`does not take "${text}" as an answer and says why`, () => {
      const result = parseYesNo(text);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.reason).to.match(/yes or no/);
    });
  }
  for (const text of ['', '   ', 'blue', 'Germany']) {
    it(`asks for yes or no after "${text}"`, () => {
      expect(parseYesNo(text)).to.deep.equal({ ok: false, reason: 'Please answer yes or no.' });
    });
  }

  it('tells a leading yes or no apart from a statement', () => {
    expect(startsWithYesOrNo('Nope, German')).to.equal(true);
    expect(startsWithYesOrNo('yes and I have kids')).to.equal(true);
    expect(startsWithYesOrNo('I have kids')).to.equal(false);
    expect(startsWithYesOrNo('nobody knows')).to.equal(false);
  });
});
