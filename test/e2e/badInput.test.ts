import { expect } from 'chai';
import type { Activity } from 'botbuilder';
import { MAX_MESSAGE_LENGTH } from '../../src/inboundActivity';
import { msteams, webchat } from './channels';
import { startService, type Service } from './service';
import { messages, postJson, type Delivery } from './testServer';

/** Everything a reply shows: its text, and its attachments and suggested actions as JSON. */
function shown(delivery: Delivery): string {
  return messages(delivery)
    .map((reply) => [reply.text ?? '', JSON.stringify(reply.attachments ?? []), JSON.stringify(reply.suggestedActions ?? {})].join('\n'))
    .join('\n');
}

describe('bad input over HTTP (/api/messages)', () => {
  let service: Service;
  let conversation = 0;
  const nextConversation = (): string => `bad-input-${++conversation}`;
  const post = (body: unknown): Promise<Delivery> => postJson(service.messagesUrl, body);
  const say = (text: string, conversationId = nextConversation()): Promise<Delivery> => post(webchat.say(conversationId, text));

  beforeEach(async () => {
    service = await startService();
  });

  afterEach(async () => {
    const health = await fetch(`${service.baseUrl}/healthz`);
    expect(health.status, 'healthy after the test').to.equal(200);
    expect(service.logs.join('\n'), 'no turn failed').not.to.include('turn failed');
    await service.close();
  });

  it('refuses a body over 1 MB with 413', async () => {
    const response = await fetch(service.messagesUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...webchat.say('big', 'x'), text: 'x'.repeat(1024 * 1024) }),
    });
    expect(response.status).to.equal(413);
    expect(service.bot.turns).to.equal(0);
  });

  it('refuses malformed JSON and bodies that are not an object with 400', async () => {
    for (const [body, contentType] of [
      ['{"type": "message",', 'application/json'],
      ['[1, 2]', 'application/json'],
      ['null', 'application/json'],
      ['"hello"', 'application/json'],
      ['hello', 'text/plain'],
    ]) {
      const response = await fetch(service.messagesUrl, { method: 'POST', headers: { 'content-type': contentType! }, body });
      expect(response.status, body).to.equal(400);
    }
    expect(service.bot.turns).to.equal(0);
  });

  it('refuses an activity missing a required field, or with a mistyped one, with 400 naming it', async () => {
    const valid = webchat.say('fields', 'How much does it cost?') as Record<string, unknown>;
    const without = (field: string): Record<string, unknown> => Object.fromEntries(Object.entries(valid).filter(([key]) => key !== field));
    const cases: [Record<string, unknown>, string][] = [
      [{}, 'type'],
      [without('type'), 'type'],
      [without('channelId'), 'channelId'],
      [without('serviceUrl'), 'serviceUrl'],
      [{ ...valid, serviceUrl: 'javascript:alert(1)' }, 'serviceUrl'],
      [without('conversation'), 'conversation.id'],
      [{ ...valid, conversation: 'fields' }, 'conversation.id'],
      [without('from'), 'from.id'],
      [{ ...valid, from: null }, 'from.id'],
      [without('recipient'), 'recipient.id'],
      [{ ...valid, text: 42 }, 'text'],
      [{ ...valid, entities: 'mention' }, 'entities'],
      [{ ...valid, channelData: [] }, 'channelData'],
      [{ ...valid, type: 'conversationUpdate', membersAdded: [{ name: 'no id' }] }, 'membersAdded'],
    ];
    for (const [body, field] of cases) {
      const response = await fetch(service.messagesUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(response.status, field).to.equal(400);
      expect(((await response.json()) as { error: string }).error, field).to.include(field);
    }
    expect(service.bot.turns).to.equal(0);
  });

  it('answers activity types it does not handle with 200 and no message', async () => {
    for (const type of ['typing', 'event', 'invoke-ish', 'messageReaction', 'endOfConversation', 'x'.repeat(200)]) {
      const delivery = await post({ ...webchat.say(nextConversation(), 'hello'), type });
      expect(delivery.status, type).to.equal(200);
      expect(messages(delivery), type).to.deep.equal([]);
    }
  });

  it('asks for a question when the text is empty, blank or only control characters', async () => {
    for (const text of ['', '   \n\t ', '\u0000\u0007\u001b\u007f']) {
      const delivery = await say(text);
      expect(delivery.status).to.equal(200);
      expect(messages(delivery)[0]?.text, JSON.stringify(text)).to.match(/^Please type your question/);
    }
  });

  it('asks for a shorter message when the text is too long, and reads a long one under the limit', async () => {
    const tooLong = await say('How much does it cost? '.repeat(500));
    expect(messages(tooLong)).to.have.length(1);
    expect(messages(tooLong)[0]?.text).to.match(/too long .* at most 4,000 characters/);

    const question = 'How much does it cost?';
    const padded = await say(`${'Well, '.repeat(Math.floor((MAX_MESSAGE_LENGTH - question.length) / 6))}${question}`);
    expect(padded.status).to.equal(200);
    expect(messages(padded).length).to.be.greaterThan(0);
  });

  it('reads questions with emoji, control characters and broken surrogates', async () => {
    for (const text of ['💸 How much does it cost? 🇨🇦🙏', 'How much\u0000 does it\u0008 cost?', 'How much does it cost?\ud800', '\udc00How much does it cost?']) {
      const delivery = await say(text);
      expect(delivery.status).to.equal(200);
      expect(messages(delivery)[0]?.text, JSON.stringify(text)).to.include('172');
    }
  });

  it('never shows HTML or Markdown a person typed back unescaped, in text or cards', async () => {
    const conversationId = nextConversation();
    const hostile = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)> am I eligible?',
      "I'm <b>24</b> and from [Germany](javascript:alert(1))",
      '**I am** a _student_ <iframe src="https://example.com">',
      'change my country to <script>x</script>',
      '![x](https://example.com/track.png) show my verdict',
    ];
    for (const text of hostile) {
      for (const channel of [webchat, msteams]) {
        const delivery = await post(channel.say(conversationId, text));
        expect(delivery.status, text).to.equal(200);
        expect(messages(delivery).length, text).to.be.greaterThan(0);
        expect(shown(delivery), text).not.to.match(/<script|<img|<iframe|onerror|javascript:|example\.com/i);
      }
    }
  });

  it('answers Adaptive Card submits with unexpected values sensibly', async () => {
    const values: unknown[] = [{}, { action: 'unknown' }, { fact: 'citizenship', answer: { nested: [1, null] } }, 'a string', [1, 2, 3], 42, true, JSON.parse('{"__proto__": {"polluted": true}}') as unknown];
    for (const value of values) {
      const activity: Partial<Activity> = { ...webchat.say(nextConversation(), ''), text: undefined, value };
      const delivery = await post(activity);
      expect(delivery.status, JSON.stringify(value)).to.equal(200);
      expect(messages(delivery).length, JSON.stringify(value)).to.be.greaterThan(0);
    }
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});
