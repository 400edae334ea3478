import { expect } from 'chai';
import { NOW } from '../dialogs/conversation';
import { webchat } from './channels';
import { FACT_MESSAGES, PROFILE_FROM_FACTS, storedProfile } from './facts';
import { SlowStorage, startService, type Service } from './service';
import { messages, postJson } from './testServer';

const QUESTIONS = ['How much does it cost?', 'What documents do I need?', 'How long does processing take?', 'Which countries can apply?', 'Do I need health insurance?'];

describe('one turn at a time per conversation (real HTTP)', () => {
  let service: Service;
  let storage: SlowStorage;

  beforeEach(async () => {
    storage = new SlowStorage();
    service = await startService({ storage, clock: () => NOW });
  });

  afterEach(async () => {
    expect(service.logs.join('\n'), 'no turn failed').not.to.include('turn failed');
    await service.close();
  });

  it('answers 20 messages of facts and questions sent at once to one conversation, keeping every fact', async () => {
    const sent = [...FACT_MESSAGES, ...QUESTIONS];
    expect(sent).to.have.length(20);
    const deliveries = await Promise.all(sent.map((text) => postJson(service.messagesUrl, webchat.say('at-once', text))));
    deliveries.forEach((delivery, i) => {
      expect(delivery.status, sent[i]).to.equal(200);
      expect(messages(delivery).length, sent[i]).to.be.greaterThan(0);
    });
    expect(await storedProfile(storage, 'at-once')).to.deep.equal(PROFILE_FROM_FACTS);
    expect(service.bot.turns).to.equal(20);
    expect(service.bot.mostAtOnceInConversation).to.equal(1);
  });

  it('still runs different conversations side by side', async () => {
    const deliveries = await Promise.all(
      Array.from({ length: 8 }, (_, i) => postJson(service.messagesUrl, webchat.say(`side-by-side-${i}`, 'How much does it cost?'))),
    );
    expect(deliveries.map((delivery) => delivery.status)).to.deep.equal(Array(8).fill(200));
    expect(service.bot.mostAtOnce).to.be.greaterThan(1);
  });
});
