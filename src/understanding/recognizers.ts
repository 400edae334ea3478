import { DateTimeOptions, recognizeDateTime } from '@microsoft/recognizers-text-date-time';
import {
  Culture,
  recognizeAge,
  recognizeBoolean,
  recognizeCurrency,
  recognizeNumber,
} from '@microsoft/recognizers-text-suite';

/** How a numeric date such as 03/04/1999 is read: day first or month first. */
export type DateOrder = 'dmy' | 'mdy';

const MONTH_FIRST_LOCALES = new Set(['en', 'en-us']);

/** The numeric date order of a locale: month first for `en-US` (and a missing locale), day first otherwise. */
export function localeDateOrder(locale: string | undefined): DateOrder {
  if (locale === undefined || locale.trim() === '') return 'mdy';
  return MONTH_FIRST_LOCALES.has(locale.trim().toLowerCase()) ? 'mdy' : 'dmy';
}

/**
 * The English date-time model for an order. The package maps any `en-*` culture other than `en-us`
 * to its day-first English model; other languages' models would not read English text.
 */
export function dateCulture(order: DateOrder): string {
  return order === 'mdy' ? Culture.English : 'en-gb';
}

/** The recognizers' view of a calendar date: midday local time, so no time zone moves the day. */
export function recognizerDate(year: number, month: number, day: number): Date {
  return new Date(year, month - 1, day, 12);
}

/** One first call per recognizer model, in the order messages usually need them; each takes 50-250 ms. */
const WARM_UPS: readonly (() => void)[] = [
  () => recognizeDateTime('from 1 June to 30 November 2027, born 03/04/1999', dateCulture('mdy'), DateTimeOptions.None, recognizerDate(2024, 1, 1)),
  () => recognizeAge('24 years old', Culture.English),
  () => recognizeDateTime('from 1 June to 30 November 2027, born 03/04/1999', dateCulture('dmy'), DateTimeOptions.None, recognizerDate(2024, 1, 1)),
  () => recognizeNumber('twenty-four', Culture.English),
  () => recognizeCurrency('3000 dollars', Culture.English),
  () => recognizeBoolean('yes', Culture.English),
];

/**
 * Builds the recognizers' models once (the first call of each takes a few hundred milliseconds,
 * later calls a few), one model per turn of the event loop, so that requests arriving meanwhile are
 * served between the steps; a model a request needs before its step is built by that request.
 */
export async function warmUpRecognizers(): Promise<void> {
  for (const warmUp of WARM_UPS) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    warmUp();
  }
}
