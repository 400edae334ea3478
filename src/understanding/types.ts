import type { Profile, ProfileField } from '../eligibility/types';

/**
 * What a parser returns. `reason` is a short hint the bot can show as it is. `ambiguous` carries a
 * second reading (03/04/1999: 3 April or 4 March) that the dialog should confirm back.
 */
export type ParseResult<T> =
  | { ok: true; value: T; ambiguous?: { alternative: T } }
  | { ok: false; reason: string };

/** What every parser needs besides the text. No parser reads the clock. */
export interface ParseContext {
  /** Locale of the message (the activity's `locale`); decides how 03/04/1999 is read. Default `en-US`. */
  locale?: string;
  /** Today's date in the conversation, `YYYY-MM-DD`: relative dates ("next year") count from it. */
  refDate: string;
}

/** An internship period, first and last day, both `YYYY-MM-DD`. */
export interface DateRange {
  start: string;
  end: string;
}

/** A reading of a message that could also mean something else, to confirm with the person. */
export interface FactAmbiguity {
  /** The reading put into `facts`. */
  chosen: Partial<Profile>;
  /** What the person may have meant instead. */
  alternatives: Partial<Profile>[];
}

/** A fact the message tried to give that could not be used, with a hint to show. */
export interface RejectedFact {
  field: ProfileField;
  reason: string;
}

/** Everything {@link extractFacts} found in one message. */
export interface ExtractedFacts {
  facts: Partial<Profile>;
  ambiguities: FactAmbiguity[];
  rejected: RejectedFact[];
}
