import { expect } from 'chai';
import { APOLOGY, EXAMPLE_QUESTIONS, WELCOME_BUTTONS } from '../../src/bot';
import { CHANNELS, webchat } from './channels';
import { buttons, messages, postJson, realMatcher, startServer, textOf, type Delivery, type TestServer } from './testServer';

/** A question the matcher is unsure about, and one it has no answer for. */
const AMBIGUOUS_QUESTION = 'how long';
const OUT_OF_SCOPE_QUESTION = 'Can you recommend a good pizza place in Toronto?';

describe('conversation over HTTP (/api/messages, expectReplies)', () => {
  let server: TestServer;
  let conversation = 0;

  beforeEach(async () => {
    server = await startServer();
  });

  afterEach(async () => {
    await server.close();
  });

  for (const channel of CHANNELS) {
    describe(`on ${channel.id}`, () => {
      let conversationId: string;
      const send = (activity: object): Promise<Delivery> => postJson(`${server.baseUrl}/api/messages`, activity);
      const ask = (text: string): Promise<Delivery> => send(channel.say(conversationId, text));

      beforeEach(() => {
        conversationId = `${channel.id}-conversation-${++conversation}`;
      });

      it('welcomes once on first contact: what it does, information not legal advice, 2024 rules', async () => {
        const welcomes = [];
        for (const activity of channel.firstContact(conversationId)) {
          const delivery = await send(activity);
          expect(delivery.status).to.equal(200);
          welcomes.push(...messages(delivery));
        }
        expect(welcomes).to.have.length(1);
        const text = textOf(welcomes[0]);
        expect(text).to.include('IEC International Co-op');
        expect(text).to.match(/countries.*age limits.*requirements.*fees.*how to apply/);
        expect(text).to.include('not legal advice');
        expect(text).to.include('2024 season');
        expect(text).to.include('check your eligibility');
        expect(buttons(welcomes[0])).to.deep.equal(WELCOME_BUTTONS);
        // Teams group chats show no suggested actions: its buttons come on a hero card.
        expect(welcomes[0]?.suggestedActions === undefined).to.equal(channel.id === 'msteams');

        const afterQuestion = messages(await ask('How much does it cost?'));
        expect(afterQuestion).to.have.length(1);
        expect(afterQuestion[0]?.text).not.to.include('not legal advice');
      });

      it('answers a question, then names the section of the source', async () => {
        const replies = messages(await ask('How much does it cost?'));
        expect(replies).to.have.length(1);
        expect(replies[0]?.text).to.include('172');
        expect(replies[0]?.text).to.include('230');
        expect(replies[0]?.text).to.match(/\n_Source: How to get a work permit_$/);
      });

      it('offers "did you mean" choices as at most 3 buttons, each of which is answered', async () => {
        const replies = messages(await ask(AMBIGUOUS_QUESTION));
        expect(replies).to.have.length(1);
        const choices = buttons(replies[0]);
        expect(choices.length).to.be.within(2, 3);
        expect(textOf(replies[0])).to.match(/^I'm not sure which you mean\. Did you mean /);
        for (const choice of choices) {
          expect(textOf(replies[0])).to.include(choice);
          const answer = messages(await ask(choice));
          expect(answer[0]?.text, choice).to.include('_Source: ');
        }
      });

      it('says plainly when it does not know, and what it can help with', async () => {
        const replies = messages(await ask(OUT_OF_SCOPE_QUESTION));
        expect(replies).to.have.length(1);
        expect(textOf(replies[0])).to.match(/^Sorry, I don't know that one\./);
        expect(textOf(replies[0])).to.match(/countries.*age limits.*requirements.*documents.*fees.*how to apply/);
        expect(buttons(replies[0])).to.deep.equal(EXAMPLE_QUESTIONS);
      });

      it('asks for a question when the message has no text', async () => {
        const replies = messages(await ask(''));
        expect(replies).to.have.length(1);
        expect(replies[0]?.text).to.match(/^Please type your question/);
      });
    });
  }

  it('ignores activities it has nothing to say to', async () => {
    const typing = { ...webchat.say('quiet', ''), type: 'typing', text: undefined };
    const delivery = await postJson(`${server.baseUrl}/api/messages`, typing);
    expect(delivery.status).to.equal(200);
    expect(delivery.activities).to.deep.equal([]);
  });

  it('never logs what the user wrote', async () => {
    await postJson(`${server.baseUrl}/api/messages`, webchat.say('private', OUT_OF_SCOPE_QUESTION));
    await postJson(`${server.baseUrl}/api/messages`, webchat.say('private', 'How much does it cost?'));
    expect(server.logs.length).to.be.greaterThan(0);
    expect(server.logs.join('\n')).not.to.include('pizza').and.not.to.include('How much');
  });
});

describe('a turn that throws', () => {
  const FAILING_QUESTION = 'question that breaks the matcher';
  let server: TestServer;

  beforeEach(async () => {
    server = await startServer({
      matcher: {
        match: (question) => {
          if (question.includes(FAILING_QUESTION)) throw new Error('index file /srv/kb.bin is corrupt');
          return realMatcher.match(question);
        },
      },
    });
  });

  afterEach(async () => {
    await server.close();
  });

  for (const channel of CHANNELS) {
    it(`apologises without internals on ${channel.id}, logs the error, and the next message works`, async () => {
      const url = `${server.baseUrl}/api/messages`;
      const failed = await postJson(url, channel.say('broken', FAILING_QUESTION));
      expect(failed.status).to.equal(200);
      expect(messages(failed).map((reply) => reply.text)).to.deep.equal([APOLOGY]);
      expect(JSON.stringify(failed.activities)).not.to.include('corrupt');

      const errors = server.logs.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.level === 50);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.include({ msg: 'turn failed', channelId: channel.id, activityType: 'message' });
      expect(errors[0]?.err).to.have.property('message', 'index file /srv/kb.bin is corrupt');
      expect(server.logs.join('\n')).not.to.include(FAILING_QUESTION);

      const next = messages(await postJson(url, channel.say('broken', 'How much does it cost?')));
      expect(next[0]?.text).to.include('172');
    });

    it(`keeps the answers given before a failed turn on ${channel.id}`, async () => {
      const url = `${server.baseUrl}/api/messages`;
      await postJson(url, channel.say('kept', 'check my eligibility'));
      await postJson(url, channel.say('kept', 'Germany'));
      const failed = await postJson(url, channel.say('kept', `what is the ${FAILING_QUESTION}?`));
      expect(messages(failed).map((reply) => reply.text)).to.deep.equal([APOLOGY]);

      const after = JSON.stringify(messages(await postJson(url, channel.say('kept', 'am I eligible?'))));
      expect(after).to.include('You are a citizen of Germany');
    });
  }
});
