import { existsSync } from 'node:fs';
import { MemoryStorage } from 'botbuilder';
import { AssistantBot } from './bot';
import { ConfigError, loadConfig, type Config } from './config';
import { createFaqMatcher } from './knowledge/faqMatcher';
import { loadKnowledge } from './knowledge/loadKnowledge';
import { createLogger } from './logger';
import { createServer } from './server';

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
const logger = createLogger(config.logLevel);
const knowledge = loadKnowledge();
const matcher = createFaqMatcher(knowledge);
const bot = new AssistantBot({ matcher, season: knowledge.season, storage: new MemoryStorage(), logger });
const server = createServer({ bot, credentials: config.credentials, logger });

server.on('error', (err: Error) => {
  logger.fatal({ err }, 'cannot listen');
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
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'shutting down');
    server.close(() => process.exit(0));
  });
}
