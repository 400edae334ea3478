import pino, { type DestinationStream, type LevelWithSilent, type Logger } from 'pino';

export type { Logger };

/** How much of what people say the logs may hold. */
export interface LogOptions {
  /** Keep message text and personal facts in the logs (local debugging only); censored otherwise. */
  logContent?: boolean;
}

/** Fields that may hold what a person typed or facts about them, at the top level or one level down. */
export const CONTENT_FIELDS = ['text', 'value', 'body', 'activity', 'profile', 'facts', 'answer'];

/** The service's structured logger (JSON lines on stdout unless a destination is given). */
export function createLogger(level: LevelWithSilent, destination?: DestinationStream, options: LogOptions = {}): Logger {
  const redact = options.logContent ? undefined : { paths: CONTENT_FIELDS.flatMap((field) => [field, `*.${field}`]), censor: '[redacted]' };
  return pino({ name: 'iec-coop-assistant', level, redact }, destination);
}
