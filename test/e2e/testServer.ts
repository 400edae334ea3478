import type { AddressInfo } from 'node:net';
import { MemoryStorage, type Activity, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { AssistantBot } from '../../src/bot';
import type { BotCredentials } from '../../src/config';
import { createFaqMatcher, type FaqMatcher } from '../../src/knowledge/faqMatcher';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { createLogger } from '../../src/logger';
import { createServer } from '../../src/server';

const knowledge = loadKnowledge();

/** The real FAQ matcher over the real knowledge base, built once for all tests. */
export const realMatcher: FaqMatcher = createFaqMatcher(knowledge);

/** A service listening on an ephemeral loopback port. */
export interface TestServer {
  baseUrl: string;
  /** Every JSON line the service logged. */
  logs: string[];
  close(): Promise<void>;
}

/** Starts the service as `src/index.ts` builds it, on port 0, logging into memory. */
export async function startServer(
  options: {
    credentials?: BotCredentials;
    authSettings?: ConfigurationBotFrameworkAuthenticationOptions;
    matcher?: FaqMatcher;
    /** The bot's clock; the system clock unless given. */
    clock?: () => Date;
  } = {},
): Promise<TestServer> {
  const logs: string[] = [];
  const logger = createLogger('info', { write: (line: string) => logs.push(line) });
  const bot = new AssistantBot({
    matcher: options.matcher ?? realMatcher,
    season: knowledge.season,
    storage: new MemoryStorage(),
    logger,
    clock: options.clock,
  });
  const server = createServer({ bot, credentials: options.credentials, authSettings: options.authSettings, logger });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    logs,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** What a POST answered: the status and, for expectReplies, the bot's replies. */
export interface Delivery {
  status: number;
  activities: Partial<Activity>[];
}

/** POSTs JSON and reads `{ activities }` from the body when there is one. */
export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Delivery> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  const parsed: unknown = text.startsWith('{') ? JSON.parse(text) : undefined;
  const activities =
    typeof parsed === 'object' && parsed !== null && 'activities' in parsed && Array.isArray(parsed.activities)
      ? (parsed.activities as Partial<Activity>[])
      : [];
  return { status: response.status, activities };
}

/** The messages among the replies (the bot sends nothing else today, but typing indicators may come). */
export function messages(delivery: Delivery): Partial<Activity>[] {
  return delivery.activities.filter((activity) => activity.type === 'message');
}

/** A hero card among a reply's attachments (how Teams gets buttons). */
function heroCardOf(activity: Partial<Activity> | undefined): { text?: string; buttons?: { title: string }[] } | undefined {
  return activity?.attachments?.find((a) => a.contentType === 'application/vnd.microsoft.card.hero')?.content as
    | { text?: string; buttons?: { title: string }[] }
    | undefined;
}

/** The titles of a reply's buttons: its suggested actions, or its hero card's buttons. */
export function buttons(activity: Partial<Activity> | undefined): string[] {
  const suggested = (activity?.suggestedActions?.actions ?? []).map((action) => action.title);
  return [...suggested, ...(heroCardOf(activity)?.buttons ?? []).map((button) => button.title)];
}

/** What a reply says: its text, or its hero card's text. */
export function textOf(activity: Partial<Activity> | undefined): string {
  return activity?.text || heroCardOf(activity)?.text || '';
}
