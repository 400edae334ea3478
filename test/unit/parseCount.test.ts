import { expect } from 'chai';
import { parseCount } from '../../src/understanding/parseCount';

describe('parseCount', () => {
  const readable: [string, number][] = [
    ['none', 0],
    ['Never', 0],
    ['never before', 0],
    ['no', 0],
    ['zero', 0],
    ['0', 0],
    ['not yet', 0],
    ['this is my first', 0],
    ['once', 1],
    ['one time', 1],
    ['1', 1],
    ['Twice.', 2],
    ['2 times', 2],
    ['three times', 3],
  ];
  for (const [text, count] of readable) {
    it(`reads "${text}" as ${count}`, () => {
      expect(parseCount(text)).to.deep.equal({ ok: true, value: count });
    });
  }

  it('asks how many after a bare yes', () => {
    expect(parseCount('yes')).to.deep.equal({ ok: false, reason: 'How many times, e.g. once or twice?' });
  });
  for (const text of ['blah', '', '2019', 'a few']) {
    it(`does not read "${text}" as a count`, () => {
      expect(parseCount(text).ok).to.equal(false);
    });
  }
});
