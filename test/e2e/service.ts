import type { AddressInfo } from 'node:net';
import { MemoryStorage, type Storage, type TurnContext } from 'botbuilder';
import { AssistantBot } from '../../src/bot';
import type { BotCredentials } from '../../src/config';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { createLogger } from '../../src/logger';
import { createServer } from '../../src/server';
import { realMatcher } from './testServer';

const knowledge = loadKnowledge();

/** The real bot, counting the turns that reach it. */
export class CountingBot extends AssistantBot {
  turns = 0;

  override async run(context: TurnContext): Promise<void> {
    this.turns += 1;
    await super.run(context);
  }
}

/** A service as `src/index.ts` builds it, on an ephemeral loopback port, over the given storage. */
export interface Service {
  baseUrl: string;
  messagesUrl: string;
  bot: CountingBot;
  /** Every JSON line the service logged. */
  logs: string[];
  close(): Promise<void>;
}

/** Starts the service on port 0 over the given storage (memory by default), logging into memory. */
export async function startService(
  options: { storage?: Storage; credentials?: BotCredentials; logContent?: boolean } = {},
): Promise<Service> {
  const logs: string[] = [];
  const logger = createLogger('info', { write: (line: string) => logs.push(line) }, { logContent: options.logContent });
  const bot = new CountingBot({
    matcher: realMatcher,
    season: knowledge.season,
    storage: options.storage ?? new MemoryStorage(),
    logger,
  });
  const server = createServer({ bot, credentials: options.credentials, logger });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    messagesUrl: `${baseUrl}/api/messages`,
    bot,
    logs,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
