import { expect } from 'chai';
import { asksEligibility, factsNamedIn, readCommand } from '../../dialogs/commands';

describe('commands', () => {
  const cases: [string, ReturnType<typeof readCommand>][] = [
    ['cancel', { kind: 'cancel' }],
    ['Stop.', { kind: 'cancel' }],
    ['never mind', { kind: 'cancel' }],
    ['start over', { kind: 'startOver' }],
    ['Restart please', { kind: 'startOver' }],
    ['help', { kind: 'help' }],
    ['What can you do?', { kind: 'help' }],
    ['hello!', { kind: 'greeting' }],
    ['Am I eligible?', { kind: 'verdict' }],
    ['so am I still eligible', { kind: 'verdict' }],
    ['Check my eligibility', { kind: 'verdict' }],
    ['do I qualify?', { kind: 'verdict' }],
    ['skip', { kind: 'skip' }],
    ["I don't know", { kind: 'skip' }],
    ['not sure', { kind: 'skip' }],
    ['change my dates', { kind: 'change', fields: ['internshipStart', 'internshipEnd'] }],
    ['I want to change my country', { kind: 'change', fields: ['citizenship'] }],
    ['correct my date of birth', { kind: 'change', fields: ['dateOfBirth', 'statedAge'] }],
    ['my passport date is wrong', { kind: 'change', fields: ['passportExpiry'] }],
    ['change', { kind: 'change', fields: [] }],
  ];
  for (const [text, command] of cases) {
    it(`reads "${text}"`, () => {
      expect(readCommand(text)).to.deep.equal(command);
    });
  }

  for (const text of ['correct', 'yes', 'I cannot stop working there', 'how do I cancel my application?', 'Go on', 'Stop here', 'no kids']) {
    it(`reads no command in "${text}"`, () => {
      expect(readCommand(text)).to.equal(undefined);
    });
  }

  it('names the facts of "change ..." phrases', () => {
    expect(factsNamedIn('the internship start date')).to.deep.equal(['internshipStart']);
    expect(factsNamedIn('when it ends')).to.deep.equal(['internshipEnd']);
    expect(factsNamedIn('my age')).to.deep.equal(['dateOfBirth', 'statedAge']);
    expect(factsNamedIn('health insurance')).to.deep.equal(['hasInsurance']);
    expect(factsNamedIn('something')).to.deep.equal([]);
  });

  it('finds a request for the verdict inside a longer message', () => {
    expect(asksEligibility("I'm German, can I apply?")).to.equal(true);
    expect(asksEligibility("I'm 24, am I eligible?")).to.equal(true);
    expect(asksEligibility('Can Americans apply?')).to.equal(false);
    expect(asksEligibility('how long does processing take?')).to.equal(false);
  });
});
