import type { CountryMention, CountryResolver } from './countryResolver';
import { findCountries } from './findCountries';
import { normalizeText } from './normalizeText';
import type { ParseResult } from './types';

/** What {@link parseCountry} needs besides the text. */
export interface CountryContext {
  resolver: CountryResolver;
}

/**
 * Reads a country of citizenship: "Czechia", "German", "Swiss passport", "I'm from Poland". A country
 * that does not take part in IEC is still a country (the engine judges it). Two citizenships come
 * back with the other one in `ambiguous`, participating countries first.
 */
export function parseCountry(text: string, context: CountryContext): ParseResult<CountryMention> {
  const normalized = normalizeText(text);
  const [first, second] = findCountries(normalized, context.resolver, 'citizenship', []).citizenship;
  if (first === undefined) {
    const anywhere = context.resolver.find(normalized);
    if (anywhere !== undefined) return { ok: true, value: anywhere };
    return { ok: false, reason: "I didn't recognise a country there. Which country's passport do you hold, e.g. Germany?" };
  }
  return second === undefined ? { ok: true, value: first } : { ok: true, value: first, ambiguous: { alternative: second } };
}
