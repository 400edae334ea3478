import pino, { type DestinationStream, type LevelWithSilent, type Logger } from 'pino';

export type { Logger };

/** The service's structured logger (JSON lines on stdout unless a destination is given). */
export function createLogger(level: LevelWithSilent, destination?: DestinationStream): Logger {
  return pino({ name: 'iec-coop-assistant', level }, destination);
}
