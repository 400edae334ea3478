import type { Activity } from 'botbuilder';
import { expect } from 'chai';
import { CARD_VERSION } from '../../src/cards/adaptiveCard';
import { GOOD_ANSWERS, NOW, askedField, cardOf, textOf } from '../dialogs/conversation';
import { CHANNELS, msteams } from './channels';
import { messages, postJson, startServer, type TestServer } from './testServer';

describe('the eligibility check over HTTP', () => {
  let server: TestServer;

  beforeEach(async () => {
    server = await startServer({ clock: () => NOW });
  });

  afterEach(async () => {
    await server.close();
  });

  for (const channel of CHANNELS) {
    it(`goes from first contact to an explained verdict on ${channel.id}`, async () => {
      const conversationId = `${channel.id}-eligibility`;
      const say = async (text: string): Promise<Partial<Activity>[]> => {
        const delivery = await postJson(`${server.baseUrl}/api/messages`, channel.say(conversationId, text));
        expect(delivery.status, text).to.equal(200);
        return messages(delivery);
      };
      for (const activity of channel.firstContact(conversationId)) await postJson(`${server.baseUrl}/api/messages`, activity);

      let replies = await say('Am I eligible?');
      expect(textOf(replies[0])).to.match(/one question at a time/);
      const asked = [];
      for (let field = askedField(replies.at(-1)); field !== undefined; field = askedField(replies.at(-1))) {
        asked.push(field);
        replies = await say(GOOD_ANSWERS[field]);
      }
      expect(asked).to.have.length(16);
      expect(asked.slice(0, 3)).to.deep.equal(['citizenship', 'dateOfBirth', 'enrolled']);
      expect(textOf(replies[0])).to.match(/^Here is what you told me:/);

      const verdict = await say("That's right");
      const card = cardOf(verdict[0]);
      expect(card?.version).to.equal(CARD_VERSION);
      expect(card?.fallbackText).to.match(/^You appear to be eligible\./);
      expect(card?.fallbackText).to.include('As of 2 May 2024');
      expect(textOf(verdict.at(-1))).to.match(/correct an answer/);
      expect(server.logs.join('\n')).not.to.include('12 March 1999').and.not.to.include('Germany');
    });
  }

  it('keeps one check per member of a Teams group chat', async () => {
    const url = `${server.baseUrl}/api/messages`;
    const as = (id: string, text: string): Partial<Activity> => {
      const activity = msteams.say('group-eligibility', text);
      return { ...activity, from: { ...activity.from, id, name: id } } as Partial<Activity>;
    };
    expect(askedField(messages(await postJson(url, as('29:ada', 'check my eligibility'))).at(-1))).to.equal('citizenship');
    const bob = messages(await postJson(url, as('29:bob', "I'm Swiss and I'm 40")));
    expect(textOf(bob[0])).to.equal('Noted: Citizenship: Switzerland; Age: 40.');
    const ada = messages(await postJson(url, as('29:ada', 'Germany')));
    expect(askedField(ada.at(-1))).to.equal('dateOfBirth');
  });

  it('works in the local web chat from "hi" to a verdict, typing freely', async () => {
    const start = (await (await fetch(`${server.baseUrl}/api/local/conversations`, { method: 'POST' })).json()) as {
      conversationId: string;
      userId: string;
    };
    const url = `${server.baseUrl}/api/local/conversations/${start.conversationId}/activities`;
    const say = async (text: string): Promise<Partial<Activity>[]> => {
      const delivery = await postJson(url, { type: 'message', text, from: { id: start.userId }, locale: 'en-GB' });
      expect(delivery.status).to.equal(200);
      return delivery.activities.slice(1);
    };
    expect(textOf((await say('hi'))[0])).to.include('check your eligibility');
    const first = await say("I'm Swedish and I'm 24. Can I apply?");
    expect(textOf(first[0])).to.equal('Noted: Citizenship: Sweden; Age: 24.');
    expect(askedField(first.at(-1))).to.equal('enrolled');
    await say("yes I'm a student at Uppsala");
    await say('yes, I have an offer from a company in Toronto');
    await say('yes it is');
    await say('yes, it is mandatory for my degree');
    await say('teer 1');
    await say('from September to December next year');
    const passport = await say('what happens if my passport expires during the internship?');
    expect(textOf(passport[0])).to.include('passport');
    expect(askedField(passport.at(-1))).to.equal('passportExpiry');
    const ambiguous = await say('it expires on 03/04/2031');
    expect(textOf(ambiguous.at(-1))).to.equal('Just to be sure: do you mean 3 April 2031, or 4 March 2031?');
    await say('yes');
    await say('yes');
    await say('sure');
    await say('yes I am');
    await say('yes');
    await say("no, I'm travelling alone");
    await say('yes');
    const summary = await say('never');
    expect(textOf(summary[0])).to.include('Internship starts: 1 September 2025').and.include('Passport valid until: 3 April 2031');
    const verdict = await say('yes');
    const text = textOf(verdict[0]);
    expect(text).to.match(/^You appear to be eligible\./);
    expect(text).to.include('You said you are 24, within the 18 to 30 age range for citizens of Sweden.');
    expect(text).to.include('Up to 12 months');
  });
});
