import type { Activity, Storage, StoreItems } from 'botbuilder';
import { expect } from 'chai';
import { RESEND_REQUEST } from '../../src/bot';
import { createStorage } from '../../src/storage';
import { askedField, cardOf, GOOD_ANSWERS, NOW } from '../dialogs/conversation';
import { startAzurite, type Azurite } from './azurite';
import { webchat } from './channels';
import { FACT_MESSAGES, PROFILE_FROM_FACTS, storedProfile } from './facts';
import { startService, type Service } from './service';
import { messages, postJson } from './testServer';

/** A store whose writes wait, so that turns running at the same moment in two instances both read before either saves. */
class SlowWrites implements Storage {
  constructor(private readonly inner: Storage) {}

  read(keys: string[]): Promise<StoreItems> {
    return this.inner.read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 150));
    await this.inner.write(changes);
  }

  delete(keys: string[]): Promise<void> {
    return this.inner.delete(keys);
  }
}

describe('conversation state in Azure Blob Storage (Azurite)', function () {
  this.timeout(60_000);
  let azurite: Azurite;
  let conversation = 0;
  const running: Service[] = [];

  /** A client of its own for the shared container. */
  const blobStorage = () => createStorage({ kind: 'blob', connectionString: azurite.connectionString, container: 'bot-state' });
  /** A bot instance with its own blob storage client on the shared container. */
  const startInstance = async (slowWrites = false): Promise<Service> => {
    const storage = slowWrites ? new SlowWrites(blobStorage()) : blobStorage();
    const service = await startService({ storage, clock: () => NOW });
    running.push(service);
    return service;
  };
  /** What the bot replies to a message of the conversation. */
  const say = async (service: Service, conversationId: string, text: string): Promise<Partial<Activity>[]> => {
    const delivery = await postJson(service.messagesUrl, webchat.say(conversationId, text));
    expect(delivery.status, text).to.equal(200);
    return messages(delivery);
  };
  /** The messages a bot sends when the person joins the conversation. */
  const join = async (service: Service, conversationId: string): Promise<string[]> => {
    const replies = [];
    for (const activity of webchat.firstContact(conversationId)) {
      const delivery = await postJson(service.messagesUrl, activity);
      expect(delivery.status).to.equal(200);
      replies.push(...messages(delivery).map((reply) => reply.text ?? ''));
    }
    return replies;
  };

  before(async () => {
    azurite = await startAzurite();
  });

  after(async () => {
    await azurite.stop();
  });

  afterEach(async () => {
    await Promise.all(running.splice(0).map((service) => service.close()));
  });

  it('keeps a conversation across a restart of the bot', async () => {
    const conversationId = `restart-${++conversation}`;
    const first = await startInstance();
    expect(await join(first, conversationId)).to.have.length(1);
    await first.close();
    running.splice(0);

    const second = await startInstance();
    expect(await join(second, conversationId), 'welcomed again after the restart').to.deep.equal([]);
    expect(await join(second, `restart-${++conversation}`), 'a new conversation').to.have.length(1);
  });

  it('continues an eligibility check stopped half-way where it was, after a restart', async () => {
    const conversationId = `check-${++conversation}`;
    const first = await startInstance();
    await say(first, conversationId, 'Am I eligible?');
    await say(first, conversationId, GOOD_ANSWERS.citizenship);
    const beforeRestart = await say(first, conversationId, GOOD_ANSWERS.dateOfBirth);
    expect(askedField(beforeRestart.at(-1))).to.equal('enrolled');
    await first.close();
    running.splice(0);

    const second = await startInstance();
    const afterRestart = await say(second, conversationId, GOOD_ANSWERS.enrolled);
    expect(askedField(afterRestart.at(-1)), 'the question after the pending one').to.equal('hasJobOffer');
    expect(await storedProfile(blobStorage(), conversationId)).to.deep.equal({ citizenship: 'DE', dateOfBirth: '1999-03-12', enrolled: true });
  });

  it('serves one conversation from several instances sharing the store', async () => {
    const instances = await Promise.all([startInstance(), startInstance()]);
    const conversationId = `shared-${++conversation}`;
    expect(await join(instances[0]!, conversationId)).to.have.length(1);
    expect(await join(instances[1]!, conversationId)).to.deep.equal([]);
    for (let turn = 0; turn < 6; turn += 1) {
      const delivery = await postJson(instances[turn % 2]!.messagesUrl, webchat.say(conversationId, 'How much does it cost?'));
      expect(delivery.status).to.equal(200);
      expect(messages(delivery)[0]?.text).to.include('172');
    }
    expect(instances.map((instance) => instance.bot.turns)).to.deep.equal([5, 5]);
  });

  it('keeps every fact of a conversation whose messages alternate between two instances, and gives the verdict', async () => {
    const [a, b] = await Promise.all([startInstance(), startInstance()]);
    const conversationId = `alternating-${++conversation}`;
    for (const [i, text] of FACT_MESSAGES.entries()) {
      const replies = await say(i % 2 === 0 ? a! : b!, conversationId, text);
      expect(replies.length, text).to.be.greaterThan(0);
    }
    expect(await storedProfile(blobStorage(), conversationId)).to.deep.equal(PROFILE_FROM_FACTS);
    const verdict = await say(b!, conversationId, 'am I eligible?');
    expect(verdict.some((reply) => cardOf(reply) !== undefined), 'a verdict card').to.equal(true);
  });

  it('never lets one instance save over what another saved at the same moment: the later message is asked for again', async () => {
    const [a, b] = await Promise.all([startInstance(true), startInstance(true)]);
    const conversationId = `conflict-${++conversation}`;
    await say(a!, conversationId, 'Am I eligible?');
    const sent = [FACT_MESSAGES[0]!, FACT_MESSAGES[1]!];
    const replies = await Promise.all([say(a!, conversationId, sent[0]!), say(b!, conversationId, sent[1]!)]);
    const refused = replies.map((reply) => reply.some((message) => message.text === RESEND_REQUEST));
    expect(refused.filter(Boolean), 'exactly one message refused').to.have.length(1);
    const kept = await storedProfile(blobStorage(), conversationId);
    expect(kept).to.deep.equal(refused[0] ? { dateOfBirth: '1999-03-12' } : { citizenship: 'DE' });

    await say(a!, conversationId, sent[refused[0] ? 0 : 1]!);
    expect(await storedProfile(blobStorage(), conversationId)).to.deep.equal({ citizenship: 'DE', dateOfBirth: '1999-03-12' });
  });
});
