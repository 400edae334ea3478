import { expect } from 'chai';
import fc from 'fast-check';
import { activityProblem } from '../../src/inboundActivity';
import { startService, type Service } from './service';
import { messages, postJson } from './testServer';

const RUNS = 1000;

/** Words that lead the eligibility conversation somewhere, so generated turns reach deep into the dialogs. */
const PHRASES = [
  'am I eligible?', 'yes', 'no', 'skip', 'help', 'cancel', 'start over', 'change my dates', 'my country is wrong',
  "I'm 24", 'I am 36 years old', 'born 3/4/1999', '29 February 2000', 'Germany', 'Czechia', 'I am Swiss', 'I hold a French and an Irish passport',
  'from June to November next year', '1 September 2025 to 31 August 2026', 'TEER 2', 'yes, it is required for my degree',
  'I have 2500 dollars', 'How much does it cost?', 'what documents do I need', 'age limit for Sweden?', '1', '3', 'verdict', 'hi',
];
const HOSTILE = ['<script>alert(1)</script>', '**bold** _it_ `code`', '[x](javascript:alert(1))', '<at>Bot</at>', '&lt;&amp;', '\u0000\u001b[31m', '\ud800', '👩‍👩‍👧‍👦🇨🇦', '\u202e\u200b'];

const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PHRASES) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...PHRASES), fc.constantFrom(...HOSTILE), fc.constantFrom(...PHRASES)).map((parts) => parts.join(' ')) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((word) => word.repeat(300)) },
);

const member = fc.record({ id: fc.constantFrom('user-1', 'bot-1', 'someone'), name: fc.string({ maxLength: 10 }) });

const activity = fc.record(
  {
    type: fc.oneof(
      { weight: 8, arbitrary: fc.constant('message') },
      { weight: 2, arbitrary: fc.constantFrom('conversationUpdate', 'typing', 'event', 'invoke', 'messageReaction', 'installationUpdate') },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    ),
    channelId: fc.constantFrom('webchat', 'msteams', 'directline', 'emulator'),
    conversationId: fc.constantFrom<string>('fuzz-a', 'fuzz-b', 'fuzz-c', 'fuzz-d'),
    text: fc.option(text, { nil: undefined }),
    value: fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }),
    locale: fc.option(fc.constantFrom('en-US', 'en-GB', 'fr-CA', 'de-DE', 'xx', ''), { nil: undefined }),
    membersAdded: fc.option(fc.array(member, { maxLength: 2 }), { nil: undefined }),
    drop: fc.oneof(
      { weight: 19, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constantFrom('type', 'channelId', 'conversation', 'from', 'recipient', 'serviceUrl') },
    ),
  },
  { requiredKeys: ['type', 'channelId', 'conversationId'] },
);

type Generated = typeof activity extends fc.Arbitrary<infer T> ? T : never;

/** The generated activity as a channel would post it, asking for the replies in the response. */
function body(generated: Generated): Record<string, unknown> {
  const full: Record<string, unknown> = {
    type: generated.type,
    id: 'fuzz',
    channelId: generated.channelId,
    serviceUrl: 'http://127.0.0.1:9/unused/',
    deliveryMode: 'expectReplies',
    conversation: { id: generated.conversationId },
    from: { id: 'user-1', name: 'Fuzz' },
    recipient: { id: 'bot-1', name: 'IEC Assistant' },
    text: generated.text,
    value: generated.value,
    locale: generated.locale,
    membersAdded: generated.membersAdded,
  };
  if (generated.drop !== undefined) delete full[generated.drop];
  return full;
}

describe(`fuzz: ${RUNS} generated activities over HTTP`, function () {
  this.timeout(180_000);
  let service: Service;

  before(async () => {
    service = await startService();
  });

  after(async () => {
    await service.close();
  });

  it('answers every one (a reply to each message, 4xx for what is not an activity) and stays healthy', async () => {
    let messagesAnswered = 0;
    await fc.assert(
      fc.asyncProperty(activity, async (generated) => {
        const sent = body(generated);
        const delivery = await postJson(service.messagesUrl, sent);
        if (activityProblem(JSON.parse(JSON.stringify(sent))) !== undefined) {
          expect(delivery.status).to.equal(400);
          return;
        }
        expect(delivery.status).to.equal(200);
        if (generated.type === 'message') {
          expect(messages(delivery).length, 'replies to a message').to.be.greaterThan(0);
          messagesAnswered += 1;
        }
      }),
      { numRuns: RUNS },
    );
    expect(messagesAnswered).to.be.greaterThan(RUNS / 2);
    expect((await fetch(`${service.baseUrl}/healthz`)).status).to.equal(200);
    const failures = service.logs.filter((line) => line.includes('"turn failed"'));
    expect(failures, failures.slice(0, 3).join('\n')).to.deep.equal([]);
    const after = await postJson(service.messagesUrl, body({ type: 'message', channelId: 'webchat', conversationId: 'fuzz-after', text: 'How much does it cost?' }));
    expect(messages(after)[0]?.text).to.include('172');
  });
});
