import { existsSync } from 'node:fs';
import { AssistantBot } from './bot';
import { ConfigError, loadConfig, type Config } from './config';
import { createFaqMatcher } from './knowledge/faqMatcher';
import { loadKnowledge } from './knowledge/loadKnowledge';
import { createLogger } from './logger';
import { createServer } from './server';
import { connectStorage, createStorage } from './storage';
import { warmUpRecognizers } from './understanding';

/**
 * How long after listening the recognizers start warming up: the first messages, which usually need
 * none of them, are answered first instead of waiting behind a model being built.
 */
const WARM_UP_DELAY_MS = 500;

function readConfig(): Config {
  if (existsSync('.env')) process.loadEnvFile('.env');
  try {
    return loadConfig();
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`Configuration error: ${err.message}\n`);
    process.exit(1);
  }
}

const config = readConfig();
const logger = createLogger(config.logLevel, undefined, { logContent: config.logContent });
const knowledge = loadKnowledge();
const matcher = createFaqMatcher(knowledge);
const storage = createStorage(config.storage);
const bot = new AssistantBot({ matcher, season: knowledge.season, storage, logger });
const server = createServer({ bot, credentials: config.credentials, logger, directLine: config.directLine });

server.on('error', (err: Error) => {
  logger.fatal({ err }, 'cannot listen');
  process.exit(1);
});

if (config.credentials !== undefined && config.storage.kind === 'memory') {
  logger.warn('STORAGE is memory: conversations are lost on restart and not shared between instances');
}
connectStorage(storage).catch((err: unknown) => {
  logger.fatal({ err }, 'cannot reach the state storage');
  process.exit(1);
});

server.listen(config.port, config.host, () => {
  logger.info(
    {
      url: server.url,
      mode: config.credentials === undefined ? 'local' : 'authenticated',
      startupMs: Math.round(performance.now()),
    },
    'listening',
  );
  const warmUp = setTimeout(() => {
    warmUpRecognizers().catch((err: unknown) => logger.error({ err }, 'recognizer warm-up failed'));
  }, WARM_UP_DELAY_MS);
  warmUp.unref();
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'shutting down');
    server.close(() => process.exit(0));
  });
}
