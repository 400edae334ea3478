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

/**
 * Builds the recognizers' models once; the first call of each takes a few hundred milliseconds,
 * later calls a few. Call it at start-up.
 */
export function warmUpRecognizers(): void {
  const refDate = recognizerDate(2024, 1, 1);
  for (const order of ['mdy', 'dmy'] as const) {
    recognizeDateTime('from 1 June to 30 November 2027, born 03/04/1999', dateCulture(order), DateTimeOptions.None, refDate);
  }
  recognizeNumber('twenty-four', Culture.English);
  recognizeAge('24 years old', Culture.English);
  recognizeCurrency('3000 dollars', Culture.English);
  recognizeBoolean('yes', Culture.English);
}
