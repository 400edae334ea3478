import { expect } from 'chai';
import { findTeer, parseTeer } from '../../src/understanding/parseTeer';

describe('parseTeer', () => {
  const readable: [string, number][] = [
    ['TEER 1', 1],
    ['teer category 2', 2],
    ['NOC TEER 3', 3],
    ['category 0', 0],
    ['2', 2],
    ['TEER: 4', 4],
    ['teer five', 5],
    ['it is TEER level 1', 1],
    ['TEER2', 2],
    ['Teer-2', 2],
    ["it's 3", 3],
    ['NOC 21231', 1],
    ['noc code 41200', 1],
    ['The job is NOC 62020, TEER 2', 2],
  ];
  for (const [text, teer] of readable) {
    it(`reads "${text}" as TEER ${teer}`, () => {
      expect(parseTeer(text)).to.deep.equal({ ok: true, value: teer });
    });
  }

  const unreadable: [string, RegExp][] = [
    ['TEER 7', /0 to 5/],
    ['teer 12', /0 to 5/],
    ['6', /0 to 5/],
    ['no idea', /couldn't find a TEER/],
    ['skilled job', /couldn't find a TEER/],
    ['', /couldn't find a TEER/],
  ];
  for (const [text, reason] of unreadable) {
    it(`does not accept "${text}"`, () => {
      const result = parseTeer(text);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.reason).to.match(reason);
    });
  }

  it('takes "category 2" and a lone number only when asked to', () => {
    expect(findTeer('category 2', { category: false, bare: false })).to.equal(undefined);
    expect(findTeer('2', { category: true, bare: false })).to.equal(undefined);
    expect(findTeer('internship, teer 2', { category: false, bare: false })?.value).to.equal(2);
  });
});
