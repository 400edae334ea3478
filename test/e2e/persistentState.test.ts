import { expect } from 'chai';
import { createStorage } from '../../src/storage';
import { startAzurite, type Azurite } from './azurite';
import { webchat } from './channels';
import { startService, type Service } from './service';
import { messages, postJson } from './testServer';

describe('conversation state in Azure Blob Storage (Azurite)', function () {
  this.timeout(60_000);
  let azurite: Azurite;
  let conversation = 0;
  const running: Service[] = [];

  /** A bot instance with its own BlobsStorage client on the shared container. */
  const startInstance = async (): Promise<Service> => {
    const storage = createStorage({ kind: 'blob', connectionString: azurite.connectionString, container: 'bot-state' });
    const service = await startService({ storage });
    running.push(service);
    return service;
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
});
