import type { TurnContext } from 'botbuilder';
import type { ProfileField } from '../src/eligibility/types';
import { extractFacts } from '../src/understanding/extractFacts';
import type { ExtractedFacts } from '../src/understanding/types';
import type { DialogServices } from './dialogServices';

const DEFAULT_LOCALE = 'en-US';
const READINGS = Symbol('factReadings');

/** The message's text, trimmed; empty for an activity without text. */
export function messageText(context: TurnContext): string {
  return (context.activity.text ?? '').trim();
}

/** The locale of the message (decides how 03/04/1999 reads), `en-US` when the channel gives none. */
export function localeOf(context: TurnContext): string {
  const locale = context.activity.locale?.trim();
  return locale === undefined || locale === '' ? DEFAULT_LOCALE : locale;
}

/** Calendar-day formatters by time zone, built once each (building one costs far more than using it); undefined for an unknown zone. */
const DAY_FORMATS = new Map<string, Intl.DateTimeFormat | undefined>();
const MAX_CACHED_ZONES = 1000;

function dayFormat(timeZone: string): Intl.DateTimeFormat | undefined {
  if (DAY_FORMATS.has(timeZone)) return DAY_FORMATS.get(timeZone);
  let format: Intl.DateTimeFormat | undefined;
  try {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  } catch {
    format = undefined;
  }
  if (DAY_FORMATS.size < MAX_CACHED_ZONES) DAY_FORMATS.set(timeZone, format);
  return format;
}

/** Today's date, `YYYY-MM-DD`, in the person's time zone when the channel gives it, else in UTC. */
export function todayOf(context: TurnContext, clock: () => Date): string {
  const zone = context.activity.localTimezone;
  const format = zone ? dayFormat(zone) : undefined;
  if (format === undefined) return clock().toISOString().slice(0, 10);
  const parts = format.formatToParts(clock());
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * The facts of the turn's message, read as an answer to `expecting` when given. Read once per turn
 * and expectation, as the interruption handling and the prompt both need them.
 */
export function readFacts(context: TurnContext, services: DialogServices, expecting: ProfileField | undefined): ExtractedFacts {
  let readings = context.turnState.get(READINGS) as Map<string, ExtractedFacts> | undefined;
  if (readings === undefined) {
    readings = new Map();
    context.turnState.set(READINGS, readings);
  }
  const key = expecting ?? '';
  let reading = readings.get(key);
  if (reading === undefined) {
    reading = extractFacts(messageText(context), {
      resolver: services.resolver,
      expecting,
      locale: localeOf(context),
      refDate: todayOf(context, services.clock),
    });
    readings.set(key, reading);
  }
  return reading;
}
