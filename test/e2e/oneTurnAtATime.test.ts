import { expect } from 'chai';
import { webchat } from './channels';
import { SlowStorage, startService, type Service } from './service';
import { messages, postJson } from './testServer';

describe('one turn at a time per conversation (real HTTP)', () => {
  let service: Service;

  beforeEach(async () => {
    service = await startService({ storage: new SlowStorage() });
  });

  afterEach(async () => {
    await service.close();
  });

  it('runs 20 messages sent at once to one conversation one after another, answering each', async () => {
    const deliveries = await Promise.all(
      Array.from({ length: 20 }, () => postJson(service.messagesUrl, webchat.say('burst', 'How much does it cost?'))),
    );
    for (const delivery of deliveries) {
      expect(delivery.status).to.equal(200);
      expect(messages(delivery)[0]?.text).to.include('172');
    }
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
