import { expect } from 'chai';
import { describeUpdates, factUpdates, mergeFacts, updateProfile, verdictChanges } from '../../dialogs/profileUpdate';
import { todayOf } from '../../dialogs/turnReading';
import { evaluate } from '../../src/eligibility';
import type { Profile } from '../../src/eligibility/types';
import type { TurnContext } from 'botbuilder';
import { services } from './conversation';

const ASOF = '2024-05-02';
const names = (code: string): string => ({ DE: 'Germany', CH: 'Switzerland' })[code] ?? code;

describe('profile updates', () => {
  it('lets a stated age replace a date of birth, and the other way round', () => {
    expect(mergeFacts({ dateOfBirth: '1999-03-12', citizenship: 'DE' }, { statedAge: 31 })).to.deep.equal({ citizenship: 'DE', statedAge: 31 });
    expect(mergeFacts({ statedAge: 31 }, { dateOfBirth: '1999-03-12' })).to.deep.equal({ dateOfBirth: '1999-03-12' });
  });

  it('refuses an internship end before its start, keeping the other new facts', () => {
    const profile: Profile = { internshipStart: '2025-06-01' };
    const update = updateProfile(profile, { internshipEnd: '2025-05-01', hasFunds: true }, services().rules, ASOF);
    expect(update.profile).to.deep.equal({ internshipStart: '2025-06-01', hasFunds: true });
    expect(update.refused).to.deep.equal(['The internship ends on 1 May 2025, before it starts on 1 June 2025.']);
  });

  it('describes new and changed facts in asking order', () => {
    const before: Profile = { citizenship: 'DE', dateOfBirth: '1999-03-12' };
    const after: Profile = { citizenship: 'CH', statedAge: 31, hasFunds: true };
    const updates = factUpdates(before, after, names);
    expect(describeUpdates(updates)).to.equal(
      'Citizenship: Switzerland (was Germany); Age: 31 (was date of birth 12 March 1999); At least CAD 2,500 on landing: yes',
    );
    expect(factUpdates(after, after, names)).to.deep.equal([]);
  });

  it('names the criteria whose status changed', () => {
    const rules = services().rules;
    const judge = (profile: Profile) => {
      const result = evaluate(profile, rules, { asOf: ASOF });
      if (!result.ok) throw new Error('invalid');
      return result.verdict;
    };
    expect(verdictChanges(judge({ citizenship: 'DE', statedAge: 30 }), judge({ citizenship: 'DE', statedAge: 40 }))).to.deep.equal([
      'Age: now not met (was met)',
    ]);
  });
});

describe("the conversation's today", () => {
  const at = (iso: string) => () => new Date(iso);
  const context = (localTimezone?: string) => ({ activity: { localTimezone } }) as unknown as TurnContext;

  it('is the UTC date when the channel gives no time zone', () => {
    expect(todayOf(context(), at('2024-05-02T23:30:00Z'))).to.equal('2024-05-02');
  });

  it("is the person's date in the time zone the channel gives", () => {
    expect(todayOf(context('Pacific/Auckland'), at('2024-05-02T23:30:00Z'))).to.equal('2024-05-03');
    expect(todayOf(context('America/Los_Angeles'), at('2024-05-02T03:00:00Z'))).to.equal('2024-05-01');
  });

  it('ignores a time zone it does not know', () => {
    expect(todayOf(context('Mars/Olympus'), at('2024-05-02T23:30:00Z'))).to.equal('2024-05-02');
  });
});
