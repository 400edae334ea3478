import { expect } from 'chai';
import { MemoryStorage } from 'botbuilder';
import { DATA_DELETED } from '../../src/dataDeletion';
import { askedField, NOW } from '../dialogs/conversation';
import { msteams, webchat } from './channels';
import { FACT_MESSAGES, PROFILE_FROM_FACTS, storedProfile } from './facts';
import { startService, type Service } from './service';
import { messages, postJson } from './testServer';

/** Things the person said or that the bot learnt about them, none of which may reach the logs. */
const PERSONAL = ['Germany', '"DE"', '1999-03-12', '12 March 1999', '2031', '3000 dollars', 'TEER 2', 'Ada', 'citizen', 'passport'];

describe('privacy', () => {
  let service: Service;
  let storage: MemoryStorage;
  let conversation = 0;
  const say = async (conversationId: string, text: string) => messages(await postJson(service.messagesUrl, webchat.say(conversationId, text)));

  afterEach(async () => {
    await service.close();
  });

  describe('logs', () => {
    it('hold no message text and no personal facts by default, even at debug level', async () => {
      service = await startService({ clock: () => NOW, logLevel: 'debug' });
      const conversationId = `logs-${++conversation}`;
      for (const text of [...FACT_MESSAGES, 'am I eligible?', 'How much does it cost?', 'delete my data']) await say(conversationId, text);
      const logs = service.logs.join('\n');
      expect(logs).to.include('message received').and.include('[redacted]');
      for (const text of [...FACT_MESSAGES, ...PERSONAL]) expect(logs).not.to.include(text);
    });

    it('hold the messages and replies when LOG_DEBUG_CONTENT is set, for local debugging', async () => {
      service = await startService({ clock: () => NOW, logLevel: 'debug', logContent: true });
      await say(`logs-${++conversation}`, FACT_MESSAGES[0]!);
      const logs = service.logs.join('\n');
      expect(logs).to.include(FACT_MESSAGES[0]!).and.include('Germany');
      expect(logs).not.to.include('[redacted]');
    });
  });

  describe('"delete my data"', () => {
    beforeEach(async () => {
      storage = new MemoryStorage();
      service = await startService({ storage, clock: () => NOW });
    });

    it('removes every answer the bot stored about the person, confirms it, and starts afresh', async () => {
      const conversationId = `delete-${++conversation}`;
      for (const text of FACT_MESSAGES) await say(conversationId, text);
      expect(await storedProfile(storage, conversationId)).to.deep.equal(PROFILE_FROM_FACTS);

      const confirmation = await say(conversationId, 'delete my data');
      expect(confirmation.map((reply) => reply.text)).to.deep.equal([DATA_DELETED]);
      const key = `webchat/conversations/${conversationId}/users/dl_user-1/`;
      expect(await storage.read([key])).to.deep.equal({});

      const fresh = await say(conversationId, 'am I eligible?');
      expect(askedField(fresh.at(-1)), 'asks for the first fact again').to.equal('citizenship');
    });

    it('works in the middle of a question, in other words', async () => {
      for (const request of ['Please erase all my personal information.', 'forget everything you know about me', 'Can you delete my details?']) {
        const conversationId = `delete-${++conversation}`;
        await say(conversationId, 'am I eligible?');
        const pending = await say(conversationId, 'Germany');
        expect(askedField(pending.at(-1))).to.equal('dateOfBirth');
        expect((await say(conversationId, request)).map((reply) => reply.text), request).to.deep.equal([DATA_DELETED]);
        expect(await storedProfile(storage, conversationId), request).to.equal(undefined);
        const next = await say(conversationId, '12 March 1999');
        expect(next.map((reply) => reply.text ?? '').join('\n'), 'the question is not pending any more').not.to.match(/^What is your date of birth/m);
      }
    });

    it('in a Teams group chat, removes only the data of the member who asks', async () => {
      const chat = `group-${++conversation}`;
      const ada = msteams.say(chat, "I'm a citizen of Germany");
      const bob = { ...msteams.say(chat, "I'm a citizen of Switzerland"), from: { id: '29:bob', name: 'Bob' } };
      await postJson(service.messagesUrl, ada);
      await postJson(service.messagesUrl, bob);
      const confirmation = messages(await postJson(service.messagesUrl, msteams.say(chat, 'delete my data')));
      expect(confirmation.map((reply) => reply.text)).to.deep.equal([DATA_DELETED]);
      const conversationKey = `msteams/conversations/${String(ada.conversation?.id)}/users`;
      const items = await storage.read([`${conversationKey}/${String(ada.from?.id)}/`, `${conversationKey}/29:bob/`]);
      expect(Object.keys(items)).to.deep.equal([`${conversationKey}/29:bob/`]);
    });
  });
});
