import type { AddressInfo } from 'node:net';
import {
  MemoryStorage,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type Storage,
  type StoreItems,
  type TurnContext,
} from 'botbuilder';
import type { LevelWithSilent } from 'pino';
import { AssistantBot } from '../../src/bot';
import type { BotCredentials } from '../../src/config';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { createLogger } from '../../src/logger';
import { createServer } from '../../src/server';
import { realMatcher } from './testServer';

const knowledge = loadKnowledge();

/** The real bot, counting the turns that reach it and how many of one conversation ran at once. */
export class CountingBot extends AssistantBot {
  turns = 0;
  /** The most turns of one conversation that were running at the same time. */
  mostAtOnceInConversation = 0;
  /** The most turns that were running at the same time. */
  mostAtOnce = 0;
  private readonly running = new Map<string, number>();

  override async run(context: TurnContext): Promise<void> {
    const key = context.activity.conversation.id;
    this.turns += 1;
    this.running.set(key, (this.running.get(key) ?? 0) + 1);
    this.mostAtOnceInConversation = Math.max(this.mostAtOnceInConversation, this.running.get(key) ?? 0);
    this.mostAtOnce = Math.max(this.mostAtOnce, [...this.running.values()].reduce((sum, n) => sum + n, 0));
    try {
      await super.run(context);
    } finally {
      this.running.set(key, (this.running.get(key) ?? 1) - 1);
    }
  }
}

/** Memory storage that takes a few milliseconds to answer, like a remote store. */
export class SlowStorage implements Storage {
  private readonly inner = new MemoryStorage();

  constructor(private readonly delayMs = 5) {}

  private async pause(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, this.delayMs));
  }

  async read(keys: string[]): Promise<StoreItems> {
    await this.pause();
    return this.inner.read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    await this.pause();
    await this.inner.write(changes);
  }

  async delete(keys: string[]): Promise<void> {
    await this.pause();
    await this.inner.delete(keys);
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
  options: {
    storage?: Storage;
    credentials?: BotCredentials;
    authSettings?: ConfigurationBotFrameworkAuthenticationOptions;
    logContent?: boolean;
    logLevel?: LevelWithSilent;
    /** The bot's clock; the system clock unless given. */
    clock?: () => Date;
  } = {},
): Promise<Service> {
  const logs: string[] = [];
  const logger = createLogger(options.logLevel ?? 'info', { write: (line: string) => logs.push(line) }, { logContent: options.logContent });
  const bot = new CountingBot({
    matcher: realMatcher,
    season: knowledge.season,
    storage: options.storage ?? new MemoryStorage(),
    logger,
    clock: options.clock,
  });
  const server = createServer({ bot, credentials: options.credentials, authSettings: options.authSettings, logger });
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
